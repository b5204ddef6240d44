package com.handbookflow.core.attachment.rest;

/** Examples of the attachments endpoints in the OpenAPI document, in one place. */
final class AttachmentApiExamples {

    private AttachmentApiExamples() {
    }

    static final String UPLOAD = """
            {"file": "(binary content of 市场调研报告.pdf, Content-Type: application/pdf)", "slot": "market-research"}""";

    static final String VIEW = """
            {"id": "0b6f4a52-6a0e-4d1c-9b55-5d8e0b1f3a77", "slot": "market-research", "fileName": "市场调研报告.pdf",
             "contentType": "application/pdf", "size": 482113,
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "uploadedBy": {"userId": "u2001", "name": "李娜", "department": "product"},
             "uploadedAt": "2026-09-30T01:12:00Z",
             "downloadPath": "/api/v1/launches/XM20260930-0001/attachments/0b6f4a52-6a0e-4d1c-9b55-5d8e0b1f3a77/content"}""";

    static final String PAGE = """
            {"items": [""" + VIEW + """
            ], "page": 0, "size": 20, "totalItems": 1, "totalPages": 1}""";

    static final String TOO_LARGE = """
            {"type": "https://handbookflow.com/problems/attachment-too-large", "title": "Attachment too large",
             "status": 413, "detail": "The file (25165824 bytes) is larger than the 20971520 bytes an attachment may have (handbook.attachments.max-size); nothing was stored.",
             "instance": "/api/v1/launches/XM20260930-0001/attachments", "titleZh": "附件过大",
             "detailZh": "文件（25165824 字节）超过附件允许的 20971520 字节（handbook.attachments.max-size），未保存任何内容。",
             "maxSize": 20971520}""";

    static final String TYPE_NOT_ALLOWED = """
            {"type": "https://handbookflow.com/problems/attachment-type-not-allowed", "title": "File type not allowed",
             "status": 415, "detail": "The file (declared as application/pdf) is refused: its content is not application/pdf. Allowed: application/pdf, image/png, image/jpeg, text/plain, text/csv, audio/mpeg, application/zip.",
             "instance": "/api/v1/launches/XM20260930-0001/attachments", "titleZh": "文件类型不允许",
             "detailZh": "文件（声明类型 application/pdf）被拒绝：文件内容不是 application/pdf。允许的类型：application/pdf、image/png、image/jpeg、text/plain、text/csv、audio/mpeg、application/zip。",
             "allowedTypes": ["application/pdf", "image/png", "image/jpeg", "text/plain", "text/csv", "audio/mpeg", "application/zip"]}""";

    static final String EMPTY = """
            {"type": "https://handbookflow.com/problems/attachment-empty", "title": "Empty attachment", "status": 422,
             "detail": "The file is empty; attach a file with content.",
             "instance": "/api/v1/launches/XM20260930-0001/attachments", "titleZh": "附件为空",
             "detailZh": "文件为空，请上传有内容的文件。"}""";

    static final String NOT_FOUND = """
            {"type": "https://handbookflow.com/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Attachment 0b6f4a52-6a0e-4d1c-9b55-5d8e0b1f3a77 does not exist.",
             "instance": "/api/v1/launches/XM20260930-0001/attachments/0b6f4a52-6a0e-4d1c-9b55-5d8e0b1f3a77/content",
             "titleZh": "未找到", "detailZh": "Attachment 0b6f4a52-6a0e-4d1c-9b55-5d8e0b1f3a77 不存在。"}""";

    static final String FORBIDDEN = """
            {"type": "https://handbookflow.com/problems/access-denied", "title": "Access denied", "status": 403,
             "detail": "Only members of department 'product' (or its head, or an administrator) may upload attachments.",
             "instance": "/api/v1/launches/XM20260930-0001/attachments", "titleZh": "无权操作",
             "detailZh": "仅部门 product 的成员（或其负责人、系统管理员）可以执行此操作：upload attachments。",
             "allowedDepartments": ["product"]}""";
}
