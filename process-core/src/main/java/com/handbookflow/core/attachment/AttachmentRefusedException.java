package com.handbookflow.core.attachment;

import com.handbookflow.core.problem.ProblemException;

import java.util.List;

/** An upload refused for what it is (too large, empty, of a type not allowed); nothing was stored. */
public class AttachmentRefusedException extends ProblemException {

    private AttachmentRefusedException(int status, String type, String title, String titleZh,
                                       String detail, String detailZh) {
        super(status, type, title, titleZh, detail, detailZh, null);
    }

    public static AttachmentRefusedException tooLarge(long size, long limit) {
        return (AttachmentRefusedException) new AttachmentRefusedException(413, "attachment-too-large",
                "Attachment too large", "附件过大",
                "The file (" + size + " bytes) is larger than the " + limit + " bytes an attachment may have"
                        + " (handbook.attachments.max-size); nothing was stored.",
                "文件（" + size + " 字节）超过附件允许的 " + limit + " 字节（handbook.attachments.max-size），未保存任何内容。")
                .with("maxSize", limit);
    }

    public static AttachmentRefusedException empty() {
        return new AttachmentRefusedException(422, "attachment-empty", "Empty attachment", "附件为空",
                "The file is empty; attach a file with content.", "文件为空，请上传有内容的文件。");
    }

    public static AttachmentRefusedException missingFile() {
        return new AttachmentRefusedException(400, "attachment-missing", "No file", "缺少文件",
                "Send the file as the multipart/form-data part named 'file'.",
                "请以 multipart/form-data 中名为 file 的部分上传文件。");
    }

    /** The declared type is not allowed, or the first bytes show the file is something else. */
    public static AttachmentRefusedException unsupportedType(String declaredType, String why, String whyZh,
                                                             List<String> allowed) {
        return (AttachmentRefusedException) new AttachmentRefusedException(415, "attachment-type-not-allowed",
                "File type not allowed", "文件类型不允许",
                "The file (declared as " + declaredType + ") is refused: " + why + ". Allowed: "
                        + String.join(", ", allowed) + ".",
                "文件（声明类型 " + declaredType + "）被拒绝：" + whyZh + "。允许的类型：" + String.join("、", allowed) + "。")
                .with("allowedTypes", allowed);
    }
}
