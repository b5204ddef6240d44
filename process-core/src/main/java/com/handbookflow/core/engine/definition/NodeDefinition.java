package com.handbookflow.core.engine.definition;

import java.util.List;
import java.util.Optional;

/**
 * One step of a process: who is responsible, how long it may take, what it must produce and
 * where each outcome leads. Every value is a default a company may override in configuration.
 *
 * @param items  work items opened with each activation (review rows, departments' duties); may be empty
 * @param join   how the items join before the node may complete (all done by default)
 * @param guards names of {@link com.handbookflow.core.engine.guard.NodeGuard rules} on the content of the
 *               node's outputs that must hold before it completes
 */
public record NodeDefinition(
        String key,
        String nameZh,
        String nameEn,
        String responsibleDepartment,
        List<String> cooperatingDepartments,
        String limit,
        LimitAnchor limitFrom,
        List<OutputDefinition> requiredOutputs,
        List<TransitionDefinition> transitions,
        List<WorkItemDefinition> items,
        JoinDefinition join,
        List<String> guards) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public NodeDefinition {
        cooperatingDepartments = cooperatingDepartments == null ? List.of() : List.copyOf(cooperatingDepartments);
        requiredOutputs = requiredOutputs == null ? List.of() : List.copyOf(requiredOutputs);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
        limitFrom = limitFrom == null ? LimitAnchor.NODE_START : limitFrom;
        items = items == null ? List.of() : List.copyOf(items);
        join = join == null ? JoinDefinition.ALL_DONE : join;
        guards = guards == null ? List.of() : List.copyOf(guards);
    }

    /** A node without work items or guards (the shape before the scenario kit). */
    public NodeDefinition(String key, String nameZh, String nameEn, String responsibleDepartment,
                          List<String> cooperatingDepartments, String limit, LimitAnchor limitFrom,
                          List<OutputDefinition> requiredOutputs, List<TransitionDefinition> transitions) {
        this(key, nameZh, nameEn, responsibleDepartment, cooperatingDepartments, limit, limitFrom, requiredOutputs,
                transitions, null, null, null);
    }

    public Optional<TransitionDefinition> transition(String outcome) {
        return transitions.stream().filter(t -> t.outcome().equals(outcome)).findFirst();
    }
}
