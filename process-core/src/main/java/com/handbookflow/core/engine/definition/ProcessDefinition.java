package com.handbookflow.core.engine.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A scenario of the handbook as data: ordered nodes, their transitions and the end states. */
public record ProcessDefinition(
        String type,
        String nameZh,
        String nameEn,
        List<NodeDefinition> nodes,
        List<EndStateDefinition> endStates) {

    public ProcessDefinition {
        nodes = List.copyOf(nodes);
        endStates = endStates == null ? List.of() : List.copyOf(endStates);
        List<String> problems = problems(nodes, endStates);
        problems.addAll(KitDefinitionProblems.of(nodes));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("process definition '" + type + "' is inconsistent: " + problems);
        }
    }

    public NodeDefinition first() {
        return nodes.get(0);
    }

    public Optional<NodeDefinition> node(String key) {
        return nodes.stream().filter(n -> n.key().equals(key)).findFirst();
    }

    public Optional<EndStateDefinition> endState(String key) {
        return endStates.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    public int indexOf(String nodeKey) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).key().equals(nodeKey)) {
                return i;
            }
        }
        return -1;
    }

    /** Every guard name the nodes use, so a start can check each is registered ({@code NodeGuards}). */
    public Set<String> guardNames() {
        Set<String> names = new java.util.TreeSet<>();
        nodes.forEach(n -> names.addAll(n.guards()));
        return names;
    }

    /** A back-edge leads to the same or an earlier node ("plan needs changes -> review again"). */
    public boolean isBackEdge(String fromNode, String toNode) {
        int to = indexOf(toNode);
        return to >= 0 && to <= indexOf(fromNode);
    }

    private static List<String> problems(List<NodeDefinition> nodes, List<EndStateDefinition> endStates) {
        List<String> problems = new ArrayList<>();
        if (nodes.isEmpty()) {
            problems.add("no nodes");
        }
        Set<String> targets = new HashSet<>();
        for (NodeDefinition node : nodes) {
            if (!targets.add(node.key())) {
                problems.add("node key " + node.key() + " appears twice");
            }
        }
        for (EndStateDefinition end : endStates) {
            if (!targets.add(end.key())) {
                problems.add("end state " + end.key() + " reuses a key");
            }
        }
        for (NodeDefinition node : nodes) {
            if (node.transitions().isEmpty()) {
                problems.add("node " + node.key() + " has no transition");
            }
            for (TransitionDefinition t : node.transitions()) {
                if (!targets.contains(t.to())) {
                    problems.add("node " + node.key() + " leads to unknown " + t.to());
                }
            }
        }
        return problems;
    }
}
