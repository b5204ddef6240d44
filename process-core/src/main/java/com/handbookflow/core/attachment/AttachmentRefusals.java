package com.handbookflow.core.attachment;

import com.handbookflow.core.domain.ContentRefusedException;
import com.handbookflow.core.domain.DomainException;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;

import java.util.List;

/** The refusals of an upload for what it is (too large, empty, of a type not allowed); nothing was stored. */
public final class AttachmentRefusals {

    private AttachmentRefusals() {
    }

    public static DomainException tooLarge(long size, long limit) {
        return new ContentRefusedException(ContentRefusedException.Reason.TOO_LARGE,
                text("attachment-too-large", size, limit))
                .with("maxSize", limit);
    }

    public static DomainException empty() {
        return new RuleBrokenException(text("attachment-empty"));
    }

    public static DomainException missingFile() {
        return new InvalidValueException(text("attachment-missing"), null);
    }

    /** The declared type is not allowed, or the first bytes show the file is something else. */
    public static DomainException unsupportedType(String declaredType, String why, String whyZh, List<String> allowed) {
        return new ContentRefusedException(ContentRefusedException.Reason.TYPE_NOT_ALLOWED,
                text("attachment-type-not-allowed", declaredType, why, whyZh, String.join(", ", allowed),
                        String.join("、", allowed)))
                .with("allowedTypes", allowed);
    }

    private static ProblemText text(String type, Object... detailArguments) {
        return ProblemText.of(AttachmentRefusals.class, type, detailArguments);
    }
}
