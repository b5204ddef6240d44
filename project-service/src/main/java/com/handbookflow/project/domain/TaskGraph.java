package com.handbookflow.project.domain;

import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The finish-to-start dependencies of a project's tasks: which predecessors exist, that they form no
 * cycle, whether a task may start, and the knock-on of a delay on the tasks after it.
 */
public final class TaskGraph {

    private final Map<String, ProjectTask> byKey;

    public TaskGraph(List<ProjectTask> tasks) {
        this.byKey = tasks.stream().collect(Collectors.toMap(ProjectTask::key, Function.identity()));
    }

    /** The predecessors of {@code key} (a new task's key too) must exist and must not lead back to it. */
    public void requireAcyclic(String key, List<String> predecessors) {
        List<String> unknown = predecessors.stream().filter(p -> !byKey.containsKey(p)).toList();
        if (!unknown.isEmpty()) {
            // the detail's arguments: the unknown keys for the English text (%1$s, with the known ones %2$s)
            // and for the Chinese (%3$s)
            throw new RuleBrokenException(ProblemText.of(TaskGraph.class, "unknown-predecessor",
                    String.join(", ", unknown), byKey.keySet().stream().sorted().toList(), String.join("、", unknown)),
                    List.of(ProjectRules.textError("predecessors", "field.predecessors.unknown",
                            String.join(", ", unknown))));
        }
        for (String predecessor : predecessors) {
            if (predecessor.equals(key) || reachesBack(predecessor, key)) {
                throw new RuleBrokenException(ProblemText.of(TaskGraph.class, "task-dependency-cycle", key, predecessor),
                        List.of(ProjectRules.textError("predecessors", "field.predecessors.cycle", predecessor)));
            }
        }
    }

    /** The predecessors of a task that are not done yet: it may start when this is empty. */
    public List<String> openPredecessors(ProjectTask task) {
        return task.predecessors().stream().filter(p -> !byKey.get(p).isDone()).toList();
    }

    /** The delayed tasks anywhere before this one (transitively): the delays it feels (连锁影响). */
    public List<String> delayedUpstream(ProjectTask task) {
        return upstream(task).stream().filter(k -> byKey.get(k).status() == TaskStatus.DELAYED).sorted().toList();
    }

    /** Every task after this one (transitively): those a delay of it holds up. */
    public List<String> downstream(String key) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            String current = todo.pop();
            byKey.values().stream().filter(t -> t.predecessors().contains(current)).map(ProjectTask::key)
                    .filter(seen::add).forEach(todo::push);
        }
        return seen.stream().sorted().toList();
    }

    private Set<String> upstream(ProjectTask task) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(task.predecessors());
        while (!todo.isEmpty()) {
            String current = todo.pop();
            if (seen.add(current) && byKey.containsKey(current)) {
                todo.addAll(byKey.get(current).predecessors());
            }
        }
        return seen;
    }

    /** Whether {@code from} (through its predecessors) already depends on {@code target}. */
    private boolean reachesBack(String from, String target) {
        ProjectTask start = byKey.get(from);
        return start != null && upstream(start).contains(target);
    }

    public List<ProjectTask> tasks() {
        return new ArrayList<>(byKey.values());
    }
}
