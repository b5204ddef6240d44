package com.handbookflow.core.problem;

import java.util.List;

/** 400: the request itself is wrong (a parameter that does not parse, an unknown value). */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(String field, String message, String messageZh) {
        super(400, "invalid-input", "Invalid input", "输入无效",
                field + ": " + message, field + "：" + messageZh,
                List.of(new Problem.FieldError(field, message)));
    }
}
