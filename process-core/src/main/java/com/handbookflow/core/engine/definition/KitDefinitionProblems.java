package com.handbookflow.core.engine.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes work items and joins of a definition inconsistent; found when the definition is read. */
final class KitDefinitionProblems {

    private KitDefinitionProblems() {
    }

    static List<String> of(List<NodeDefinition> nodes) {
        List<String> problems = new ArrayList<>();
        for (NodeDefinition node : nodes) {
            Set<String> keys = new HashSet<>();
            for (WorkItemDefinition item : node.items()) {
                if (item.key() == null || item.key().isBlank() || item.key().contains("/") || item.key().contains("#")) {
                    problems.add("node " + node.key() + " has an item key that is empty or holds '/' or '#'");
                } else if (!keys.add(item.key())) {
                    problems.add("node " + node.key() + " names item " + item.key() + " twice");
                }
            }
            JoinDefinition join = node.join();
            if (join.pass() != null && node.transition(join.pass()).isEmpty()) {
                problems.add("node " + node.key() + " joins to unknown outcome " + join.pass());
            }
            for (JoinDefinition.Otherwise otherwise : join.otherwise()) {
                if (node.transition(otherwise.outcome()).isEmpty()) {
                    problems.add("node " + node.key() + " joins to unknown outcome " + otherwise.outcome());
                }
            }
            if (join.rule() == JoinDefinition.Rule.ALL_PASS && join.otherwise().isEmpty()) {
                problems.add("node " + node.key() + " joins ALL_PASS without an outcome for results other than PASS");
            }
        }
        return problems;
    }
}
