package com.handbookflow.project.domain;

/** A task with the graph of its project's tasks, which tells its open predecessors, delayed upstream and downstream. */
public record TaskInGraph(ProjectTask task, TaskGraph graph) {
}
