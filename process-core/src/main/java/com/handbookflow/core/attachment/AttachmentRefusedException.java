package com.handbookflow.core.attachment;

import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.problem.ProblemException;

import java.util.List;

/** An upload refused for what it is (too large, empty, of a type not allowed); nothing was stored. */
public class AttachmentRefusedException extends ProblemException {

    private AttachmentRefusedException(int status, String type, Object... detailArguments) {
        super(status, ProblemText.of(AttachmentRefusedException.class, type, detailArguments));
    }

    public static AttachmentRefusedException tooLarge(long size, long limit) {
        return (AttachmentRefusedException) new AttachmentRefusedException(413, "attachment-too-large", size, limit)
                .with("maxSize", limit);
    }

    public static AttachmentRefusedException empty() {
        return new AttachmentRefusedException(422, "attachment-empty");
    }

    public static AttachmentRefusedException missingFile() {
        return new AttachmentRefusedException(400, "attachment-missing");
    }

    /** The declared type is not allowed, or the first bytes show the file is something else. */
    public static AttachmentRefusedException unsupportedType(String declaredType, String why, String whyZh,
                                                             List<String> allowed) {
        return (AttachmentRefusedException) new AttachmentRefusedException(415, "attachment-type-not-allowed",
                declaredType, why, whyZh, String.join(", ", allowed), String.join("、", allowed))
                .with("allowedTypes", allowed);
    }
}
