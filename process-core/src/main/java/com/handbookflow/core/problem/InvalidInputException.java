package com.handbookflow.core.problem;

import com.handbookflow.core.domain.InvalidValueException;

/** 400: the request itself is wrong (a parameter that does not parse, an unknown value); the REST layer's name. */
public class InvalidInputException extends InvalidValueException {

    public InvalidInputException(String field, String message, String messageZh) {
        super(field, message, messageZh);
    }
}
