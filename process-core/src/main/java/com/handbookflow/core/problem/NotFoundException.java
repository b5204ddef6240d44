package com.handbookflow.core.problem;

import com.handbookflow.core.domain.ObjectNotFoundException;

/** 404: the addressed object does not exist (or is not visible to the caller); the REST layer's name. */
public class NotFoundException extends ObjectNotFoundException {

    public NotFoundException(String what, Object id) {
        super(what, id);
    }
}
