package com.handbookflow.core.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Limits of attachment uploads; a company adjusts them without code. */
@ConfigMapping(prefix = "handbook.attachments")
public interface AttachmentsConfig {

    /**
     * The largest file one upload may carry. The HTTP layer's own bound
     * ({@code quarkus.http.limits.max-body-size}) must admit it plus the multipart envelope: checked at start.
     */
    @WithDefault("20M")
    MemorySize maxSize();

    /**
     * Content types an upload may declare. PDF, PNG, JPEG, Office documents (old and new), plain text, CSV,
     * call recordings (MP3, M4A, WAV) and ZIP; the common ones are also recognised by their first bytes.
     */
    @WithDefault("application/pdf,image/png,image/jpeg,"
            + "application/msword,application/vnd.ms-excel,application/vnd.ms-powerpoint,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
            + "application/vnd.openxmlformats-officedocument.presentationml.presentation,"
            + "text/plain,text/csv,audio/mpeg,audio/mp4,audio/x-m4a,audio/wav,audio/x-wav,application/zip")
    List<String> allowedTypes();
}
