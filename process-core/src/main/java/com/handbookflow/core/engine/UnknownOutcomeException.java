package com.handbookflow.core.engine;

import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;

import java.util.List;

/** 422: the node has no transition for this outcome. */
public class UnknownOutcomeException extends RuleBrokenException {

    UnknownOutcomeException(String nodeKey, String outcome, List<String> allowed) {
        super(ProblemText.of(UnknownOutcomeException.class, "unknown-outcome", nodeKey, outcome,
                        String.join(", ", allowed), String.join("、", allowed)),
                List.of(new FieldError("outcome", "allowed: " + String.join(", ", allowed))));
        with("allowedOutcomes", allowed);
    }
}
