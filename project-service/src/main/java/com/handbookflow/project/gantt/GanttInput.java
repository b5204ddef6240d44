package com.handbookflow.project.gantt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a Gantt chart is drawn from: a project and its tasks as they stand now. The task model
 * guarantees what is checked here (unique keys, known predecessors, no cycles); a violation is a
 * bug in the source, not bad input, hence {@link IllegalArgumentException}.
 */
public record GanttInput(String projectNumber, String projectName, List<GanttTask> tasks) {

    public GanttInput {
        Objects.requireNonNull(projectNumber, "projectNumber");
        Objects.requireNonNull(projectName, "projectName");
        tasks = List.copyOf(tasks);
        Map<String, GanttTask> byKey = new HashMap<>();
        for (GanttTask task : tasks) {
            if (byKey.put(task.key(), task) != null) {
                throw new IllegalArgumentException("project " + projectNumber + ": task key " + task.key() + " is used twice");
            }
        }
        for (GanttTask task : tasks) {
            for (String predecessor : task.predecessors()) {
                if (!byKey.containsKey(predecessor)) {
                    throw new IllegalArgumentException("project " + projectNumber + ": task " + task.key()
                            + " depends on unknown task " + predecessor);
                }
            }
        }
        inDependencyOrder(projectNumber, tasks);
    }

    /** The tasks, each after all its predecessors (ties keep the given order). */
    public List<GanttTask> tasksInDependencyOrder() {
        return inDependencyOrder(projectNumber, tasks);
    }

    private static List<GanttTask> inDependencyOrder(String projectNumber, List<GanttTask> tasks) {
        Map<String, GanttTask> pending = new LinkedHashMap<>();
        tasks.forEach(task -> pending.put(task.key(), task));
        Set<String> placed = new HashSet<>();
        List<GanttTask> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            GanttTask next = pending.values().stream()
                    .filter(task -> placed.containsAll(task.predecessors()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("project " + projectNumber
                            + ": the dependencies of tasks " + pending.keySet() + " form a cycle"));
            pending.remove(next.key());
            placed.add(next.key());
            ordered.add(next);
        }
        return ordered;
    }
}
