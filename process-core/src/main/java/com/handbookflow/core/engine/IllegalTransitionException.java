package com.handbookflow.core.engine;

import com.handbookflow.core.problem.ConflictException;

/** 409: the act does not fit where the process is now; the message names the current state. */
public class IllegalTransitionException extends ConflictException {

    IllegalTransitionException(String detail, String detailZh, String currentNode, String currentState) {
        super("illegal-transition", "Illegal transition", "非法的流程操作", detail, detailZh);
        with("currentNode", currentNode);
        with("currentState", currentState);
    }
}
