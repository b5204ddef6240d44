package com.handbookflow.core.engine.definition;

import java.util.List;
import java.util.Optional;

/**
 * One step of a process: who is responsible, how long it may take, what it must produce and
 * where each outcome leads. Every value is a default a company may override in configuration.
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
        List<TransitionDefinition> transitions) {

    public NodeDefinition {
        cooperatingDepartments = cooperatingDepartments == null ? List.of() : List.copyOf(cooperatingDepartments);
        requiredOutputs = requiredOutputs == null ? List.of() : List.copyOf(requiredOutputs);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
        limitFrom = limitFrom == null ? LimitAnchor.NODE_START : limitFrom;
    }

    public Optional<TransitionDefinition> transition(String outcome) {
        return transitions.stream().filter(t -> t.outcome().equals(outcome)).findFirst();
    }
}
