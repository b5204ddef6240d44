package com.handbookflow.core.engine.guard;

import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.startup.ConfigurationCheck;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Every guard a definition of the service names is provided by a bean: checked once at start with
 * the definitions, so no instance runs on a definition naming a rule nobody provides, and no act
 * pays for the check.
 */
@ApplicationScoped
class KnownGuardsCheck implements ConfigurationCheck {

    private final ProcessDefinitions definitions;
    private final NodeGuards guards;

    KnownGuardsCheck(ProcessDefinitions definitions, NodeGuards guards) {
        this.definitions = definitions;
        this.guards = guards;
    }

    @Override
    public List<String> problems() {
        return definitions.types().stream().map(definitions::get).map(guards::problemWith)
                .flatMap(Optional::stream).toList();
    }
}
