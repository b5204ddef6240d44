package com.handbookflow.core.problem;

import com.handbookflow.core.domain.StateConflictException;

/** 409: the act does not fit the current state of the object (illegal transition, concurrent change). */
public class ConflictException extends StateConflictException {

    public ConflictException(String type, String title, String titleZh, String detail, String detailZh) {
        super(type, title, titleZh, detail, detailZh);
    }
}
