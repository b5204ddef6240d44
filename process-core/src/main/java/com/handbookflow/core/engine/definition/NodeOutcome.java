package com.handbookflow.core.engine.definition;

/**
 * An outcome a service completes a node with, named once in its code (e.g. {@code ComplaintProcess.CLASSIFIED})
 * and checked against the definition at start ({@code ConfigurationCheck.handledOutcomes}), so a definition
 * edited without the code stops the start instead of failing the first request that reaches the node.
 */
public record NodeOutcome(String nodeKey, String outcome) {

    /** Whether {@code definition} has the node and lets it leave with this outcome. */
    public boolean declaredIn(ProcessDefinition definition) {
        return definition.node(nodeKey).flatMap(node -> node.transition(outcome)).isPresent();
    }

    @Override
    public String toString() {
        return nodeKey + "/" + outcome;
    }
}
