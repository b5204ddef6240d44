package com.handbookflow.core.problem;

/** 409: the act does not fit the current state of the object (illegal transition, concurrent change). */
public class ConflictException extends ProblemException {

    public ConflictException(String type, String title, String titleZh, String detail, String detailZh) {
        super(409, type, title, titleZh, detail, detailZh, null);
    }
}
