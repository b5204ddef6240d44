package com.handbookflow.notification.export;

import com.handbookflow.core.label.Texts;
import com.handbookflow.core.domain.InvalidValueException;

import java.util.Locale;

/** The file formats of the supervising department's exports, chosen with {@code ?format=}. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX(ExportFormat.XLSX_MEDIA_TYPE, "xlsx");

    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String format) {
        if (format != null) {
            for (ExportFormat candidate : values()) {
                if (candidate.extension.equals(format.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
        }
        Texts texts = Texts.of(ExportFormat.class);
        throw new InvalidValueException("format", texts.en("field.format.unknown"), texts.zh("field.format.unknown"));
    }
}
