package com.handbookflow.core.attachment.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart/form-data body of an upload, as the OpenAPI document describes it. */
@Schema(name = "AttachmentUpload", description = "multipart/form-data: the file and, optionally, its slot / 上传表单")
public class AttachmentUploadForm {

    @Schema(type = SchemaType.STRING, format = "binary", required = true,
            description = "The file; its part's Content-Type is the declared type, its filename the original name "
                    + "/ 文件（该部分的 Content-Type 为声明类型，filename 为原始文件名）")
    public String file;

    @Schema(description = "What the file is for, as the scenario names it (lower-case letters, digits, '-') / 附件类别",
            example = "market-research")
    public String slot;
}
