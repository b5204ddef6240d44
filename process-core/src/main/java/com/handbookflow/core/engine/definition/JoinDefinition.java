package com.handbookflow.core.engine.definition;

import com.handbookflow.core.engine.item.WorkItemResult;

import java.util.List;

/**
 * How the work items of a node join before it may complete.
 * <ul>
 *   <li>{@code ALL_DONE}: every item of the round is done; the completion names its outcome.</li>
 *   <li>{@code ALL_PASS}: every item is done; if every result is PASS the outcome is {@code pass}
 *   (when given), otherwise the first {@code otherwise} entry that some item's result matches
 *   decides, e.g. any FAIL -> {@code rejected}, else any NEEDS_CHANGES -> {@code needs-changes}.</li>
 * </ul>
 */
public record JoinDefinition(Rule rule, String pass, List<Otherwise> otherwise) {

    public static final JoinDefinition ALL_DONE = new JoinDefinition(Rule.ALL_DONE, null, List.of());

    public enum Rule { ALL_DONE, ALL_PASS }

    /** When some item's result is {@code result}, the node completes with {@code outcome}. */
    public record Otherwise(WorkItemResult result, String outcome) {
    }

    public JoinDefinition {
        rule = rule == null ? Rule.ALL_DONE : rule;
        otherwise = otherwise == null ? List.of() : List.copyOf(otherwise);
    }
}
