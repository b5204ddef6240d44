package com.handbookflow.core.engine.definition;

import java.util.List;

/** A process definition or its configuration is wrong: the service refuses to start (or to use it). */
public class InvalidDefinitionException extends IllegalStateException {

    private final List<String> problems;

    public InvalidDefinitionException(List<String> problems) {
        super("Invalid process configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
