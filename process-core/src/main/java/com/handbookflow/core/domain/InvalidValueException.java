package com.handbookflow.core.domain;

import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;

import java.util.List;

/** A value the domain cannot take (a limit that does not parse, "OTHER" without its words): rendered as 400. */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String field, String message, String messageZh) {
        super(text(field, message, messageZh), List.of(new FieldError(field, message)));
    }

    /** A refusal of its own type ({@code attachment-missing}, ...), its words from a module's bundle. */
    public InvalidValueException(ProblemText text, List<FieldError> errors) {
        super(text, errors);
    }

    /** The refusal of one field, its message read from the bundle of {@code module}'s module under {@code key}. */
    public static InvalidValueException of(Class<?> module, String field, String key, Object... arguments) {
        Texts texts = Texts.of(module);
        return new InvalidValueException(field, texts.en(key, arguments), texts.zh(key, arguments));
    }

    private static ProblemText text(String field, String message, String messageZh) {
        Texts texts = Texts.of(InvalidValueException.class);
        String title = "problem.invalid-input.title";
        String detail = "problem.invalid-input.detail";
        return new ProblemText("invalid-input", texts.en(title), texts.zh(title),
                texts.en(detail, field, message), texts.zh(detail, field, messageZh));
    }
}
