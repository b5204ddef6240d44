package com.handbookflow.core.domain;

/** The addressed object does not exist (or is not visible to the caller): rendered as 404. */
public class ObjectNotFoundException extends DomainException {

    public ObjectNotFoundException(String what, Object id) {
        super("not-found", "Not found", "未找到", what + " " + id + " does not exist.", what + " " + id + " 不存在。", null);
    }
}
