package com.handbookflow.core.problem;

import java.util.List;

/** 422: the request is well formed but breaks a business rule (e.g. a required output is missing). */
public class UnprocessableException extends ProblemException {

    public UnprocessableException(String type, String title, String titleZh, String detail, String detailZh,
                                  List<Problem.FieldError> errors) {
        super(422, type, title, titleZh, detail, detailZh, errors);
    }
}
