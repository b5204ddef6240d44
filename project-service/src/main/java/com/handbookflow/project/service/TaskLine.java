package com.handbookflow.project.service;

import com.handbookflow.project.domain.TaskStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as a schedule reads it (the Gantt chart): what, who, when planned, when done, its status and
 * its finish-to-start predecessors, from live task state.
 */
public record TaskLine(String key, String name, String department, String personId, String personName,
                       LocalDate start, LocalDate deadline, Instant dueAt, Instant startedAt, Instant completedAt,
                       TaskStatus status, List<String> predecessors) {
}
