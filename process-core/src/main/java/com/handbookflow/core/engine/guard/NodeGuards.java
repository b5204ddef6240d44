package com.handbookflow.core.engine.guard;

import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The registered {@link NodeGuard}s by name, and the check a completion passes through. */
@ApplicationScoped
public class NodeGuards {

    private final Map<String, NodeGuard> byName;

    @jakarta.inject.Inject
    NodeGuards(@Any Instance<NodeGuard> guards) {
        this((Iterable<NodeGuard>) guards);
    }

    private NodeGuards(Iterable<NodeGuard> guards) {
        Map<String, NodeGuard> found = new TreeMap<>();
        for (NodeGuard guard : guards) {
            NodeGuard earlier = found.put(guard.name(), guard);
            if (earlier != null) {
                throw new IllegalStateException("two node guards are named " + guard.name() + ": "
                        + earlier.getClass().getName() + " and " + guard.getClass().getName());
            }
        }
        this.byName = Map.copyOf(found);
    }

    /** A registry of the given guards (plain tests; the application gets the CDI beans). */
    public static NodeGuards of(List<NodeGuard> guards) {
        return new NodeGuards(guards);
    }

    /** The names of the registered guards. */
    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    /** The guard names a definition uses that no bean provides; empty when the definition is sound. */
    public Set<String> unknownIn(ProcessDefinition definition) {
        Set<String> unknown = new TreeSet<>(definition.guardNames());
        unknown.removeAll(byName.keySet());
        return unknown;
    }

    /** What is wrong with a definition's guards, naming its file: a guard no bean provides. */
    public Optional<String> problemWith(ProcessDefinition definition) {
        Set<String> unknown = unknownIn(definition);
        return unknown.isEmpty() ? Optional.empty() : Optional.of("processes/" + definition.type()
                + ".json: names unknown guards " + unknown + "; registered: " + names());
    }

    /** Refuses (422) when any guard of the node does not hold, with every refusing rule's reason. */
    public void require(ProcessDefinition definition, ProcessInstance instance, NodeInstance node, String outcome,
                        List<NodeOutput> outputs, Map<String, Object> content, Object subject) {
        NodeDefinition nodeDefinition = definition.node(node.nodeKey()).orElseThrow();
        if (nodeDefinition.guards().isEmpty()) {
            return;
        }
        GuardContext context = new GuardContext(instance, node, outcome, outputs, content, subject);
        Map<String, GuardRefusal> refusals = new LinkedHashMap<>();
        for (String name : nodeDefinition.guards()) {
            NodeGuard guard = byName.get(name);
            if (guard == null) {
                throw new IllegalStateException("node " + node.nodeKey() + " names unknown guard " + name);
            }
            Optional<GuardRefusal> refusal = guard.check(context);
            refusal.ifPresent(r -> refusals.put(name, r));
        }
        if (!refusals.isEmpty()) {
            throw new GuardRefusedException(node.nodeKey(), refusals);
        }
    }
}
