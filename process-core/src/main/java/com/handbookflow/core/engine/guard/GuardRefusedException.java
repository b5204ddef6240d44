package com.handbookflow.core.engine.guard;

import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.Texts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 422: a node's guard does not hold; the detail carries each refusing rule's reason. */
public class GuardRefusedException extends RuleBrokenException {

    private static final Texts TEXTS = Texts.of(GuardRefusedException.class);
    /** The title of the generic refusal; its detail is the refusing rules' own reasons. */
    private static final String GENERIC_TITLE = "problem.guard-refused.title";

    GuardRefusedException(String nodeKey, Map<String, GuardRefusal> refusals) {
        this(nodeKey, refusals, named(refusals));
    }

    private GuardRefusedException(String nodeKey, Map<String, GuardRefusal> refusals, GuardRefusal named) {
        super(named != null ? named.type() : "guard-refused",
                named != null ? named.title() : TEXTS.en(GENERIC_TITLE),
                named != null ? named.titleZh() : TEXTS.zh(GENERIC_TITLE),
                refusals.values().stream().map(GuardRefusal::reason).collect(Collectors.joining("; ")),
                refusals.values().stream().map(GuardRefusal::reasonZh).collect(Collectors.joining("；")),
                named != null ? named.errors()
                        : refusals.keySet().stream().map(name -> new FieldError("content", "guard " + name)).toList());
        with("node", nodeKey);
        with("refusedBy", List.copyOf(refusals.keySet()));
    }

    /** The only refusal, when it names its own problem; otherwise null (the generic guard-refused). */
    private static GuardRefusal named(Map<String, GuardRefusal> refusals) {
        if (refusals.size() != 1) {
            return null;
        }
        GuardRefusal only = refusals.values().iterator().next();
        return only.type() == null ? null : only;
    }
}
