package com.handbookflow.core.attachment.rest;

import com.handbookflow.core.attachment.Attachment;
import com.handbookflow.core.engine.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An attachment as the API shows it; the content is at {@code downloadPath}. */
@Schema(name = "Attachment", description = "A file attached to a business object / 业务对象的附件")
public record AttachmentView(
        @Schema(example = "0b6f4a52-6a0e-4d1c-9b55-5d8e0b1f3a77") UUID id,
        @Schema(description = "What the file is for, chosen by the scenario / 附件类别", example = "market-research") String slot,
        @Schema(description = "Original file name, sanitised / 原始文件名", example = "市场调研报告.pdf") String fileName,
        @Schema(example = "application/pdf") String contentType,
        @Schema(description = "Bytes / 字节数", example = "482113") long size,
        @Schema(description = "SHA-256 of the content, lower-case hex / 内容的 SHA-256",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        Actor uploadedBy,
        @Schema(example = "2026-09-30T01:12:00Z") Instant uploadedAt,
        @Schema(description = "Where to download the content / 下载地址",
                example = "/api/v1/launches/XM20260930-0001/attachments/0b6f4a52-6a0e-4d1c-9b55-5d8e0b1f3a77/content")
        String downloadPath) {

    static AttachmentView of(Attachment attachment, String collectionPath) {
        return new AttachmentView(attachment.id(), attachment.slot(), attachment.fileName(), attachment.contentType(),
                attachment.size(), attachment.sha256(), attachment.uploadedBy(), attachment.uploadedAt(),
                collectionPath + "/" + attachment.id() + "/content");
    }
}
