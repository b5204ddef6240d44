package com.handbookflow.core.problem;

/** 404: the addressed object does not exist (or is not visible to the caller). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(404, "not-found", "Not found", "未找到",
                what + " " + id + " does not exist.", what + " " + id + " 不存在。", null);
    }
}
