package com.handbookflow.core.engine.guard;

import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.UnprocessableException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 422: a node's guard does not hold; the detail carries each refusing rule's reason. */
public class GuardRefusedException extends UnprocessableException {

    GuardRefusedException(String nodeKey, Map<String, GuardRefusal> refusals) {
        super("guard-refused", "Completion refused by a rule", "不满足节点规则，无法完成",
                refusals.values().stream().map(GuardRefusal::reason).collect(Collectors.joining("; ")),
                refusals.values().stream().map(GuardRefusal::reasonZh).collect(Collectors.joining("；")),
                refusals.keySet().stream().map(name -> new Problem.FieldError("content", "guard " + name)).toList());
        with("node", nodeKey);
        with("refusedBy", List.copyOf(refusals.keySet()));
    }
}
