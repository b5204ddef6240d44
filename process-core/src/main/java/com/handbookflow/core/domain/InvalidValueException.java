package com.handbookflow.core.domain;

import java.util.List;

/** A value the domain cannot take (a limit that does not parse, "OTHER" without its words): rendered as 400. */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String field, String message, String messageZh) {
        super("invalid-input", "Invalid input", "输入无效", field + ": " + message, field + "：" + messageZh,
                List.of(new FieldError(field, message)));
    }
}
