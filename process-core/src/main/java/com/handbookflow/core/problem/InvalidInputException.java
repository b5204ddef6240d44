package com.handbookflow.core.problem;

import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.label.Texts;

/** 400: the request itself is wrong (a parameter that does not parse, an unknown value); the REST layer's name. */
public class InvalidInputException extends InvalidValueException {

    public InvalidInputException(String field, String message, String messageZh) {
        super(field, message, messageZh);
    }

    /** The refusal of one field, its message read from the bundle of {@code module}'s module under {@code key}. */
    public static InvalidInputException of(Class<?> module, String field, String key, Object... arguments) {
        Texts texts = Texts.of(module);
        return new InvalidInputException(field, texts.en(key, arguments), texts.zh(key, arguments));
    }
}
