package com.handbookflow.core.startup;

import com.handbookflow.core.engine.definition.InvalidDefinitionException;
import com.handbookflow.core.engine.definition.NodeOutcome;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.engine.definition.TransitionDefinition;
import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Loads every process definition of the service and runs every {@link ConfigurationCheck} before
 * anything else starts (the relay, the schedulers), checking the outcomes each declares it handles
 * against the deployed definitions: a wrong value stops the start with all problems listed, each naming
 * where to fix it, instead of a 500 on some later request.
 */
@ApplicationScoped
public class StartupValidation {

    private final ProcessDefinitions definitions;
    private final List<ConfigurationCheck> checks;
    private volatile boolean passed;

    public StartupValidation(ProcessDefinitions definitions, @All List<ConfigurationCheck> checks) {
        this.definitions = definitions;
        this.checks = checks;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        validate();
    }

    /** What the start-up runs; throws with every problem when there is one. */
    public void validate() {
        List<String> problems = new ArrayList<>(definitions.loadAll());
        // the service's checks read the definitions: only when those loaded
        if (problems.isEmpty()) {
            checks.forEach(check -> {
                problems.addAll(check.problems());
                check.handledOutcomes().forEach((type, outcomes) ->
                        problems.addAll(missingOutcomes(definitions.get(type), outcomes)));
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        passed = true;
    }

    /** Whether the checks ran and passed (they run at start, before the service takes requests). */
    public boolean passed() {
        return passed;
    }

    /**
     * The nodes and outcomes a service's code completes that its definition lacks: a definition file
     * edited without the code would otherwise fail on the first request that reaches the node.
     */
    static List<String> missingOutcomes(ProcessDefinition definition, Collection<NodeOutcome> used) {
        String source = "processes/" + definition.type() + ".json";
        List<String> problems = new ArrayList<>();
        used.stream().filter(outcome -> !outcome.declaredIn(definition)).forEach(outcome ->
                definition.node(outcome.nodeKey()).ifPresentOrElse(
                        node -> problems.add(source + " nodes." + node.key() + ": the service completes it with outcome '"
                                + outcome.outcome() + "', which the node does not declare (declared: "
                                + node.transitions().stream().map(TransitionDefinition::outcome).toList() + ")"),
                        () -> {
                            String missing = source + ": the service needs node " + outcome.nodeKey() + ", which is missing";
                            if (!problems.contains(missing)) {
                                problems.add(missing);
                            }
                        }));
        return problems;
    }
}
