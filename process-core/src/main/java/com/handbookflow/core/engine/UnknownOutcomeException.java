package com.handbookflow.core.engine;

import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.UnprocessableException;

import java.util.List;

/** 422: the node has no transition for this outcome. */
public class UnknownOutcomeException extends UnprocessableException {

    UnknownOutcomeException(String nodeKey, String outcome, List<String> allowed) {
        super("unknown-outcome", "Unknown outcome", "未知的处理结果",
                "Node " + nodeKey + " has no outcome '" + outcome + "'; allowed: " + String.join(", ", allowed),
                "节点 " + nodeKey + " 没有处理结果 '" + outcome + "'，可选：" + String.join("、", allowed),
                List.of(new Problem.FieldError("outcome", "allowed: " + String.join(", ", allowed))));
        with("allowedOutcomes", allowed);
    }
}
