package com.handbookflow.core.startup;

import com.handbookflow.core.engine.definition.NodeOutcome;

import java.util.List;
import java.util.Map;

/**
 * A service's own configuration rule checked at start, next to the process definitions: e.g.
 * complaint routing must name known departments. Each problem names the property or file to fix.
 * The service also declares the outcomes its code completes nodes with; the kit checks them against
 * the deployed definitions ({@link StartupValidation}).
 */
public interface ConfigurationCheck {

    List<String> problems();

    /**
     * The outcomes the service's code completes each process's nodes with, by process type: a definition
     * file edited without the code would otherwise fail on the first request that reaches the node.
     */
    default Map<String, List<NodeOutcome>> handledOutcomes() {
        return Map.of();
    }
}
