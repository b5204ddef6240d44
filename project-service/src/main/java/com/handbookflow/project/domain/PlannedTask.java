package com.handbookflow.project.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of table 5 as planned or revised, before the rules (SMART, departments of the project, no
 * cycle) accept it: the task it becomes adds its key, its due instant and its state.
 */
public record PlannedTask(String name, String department, String personId, String personName,
                          String deliverableStandard, LocalDate startDate, LocalDate deadline,
                          List<String> predecessors) {

    public PlannedTask {
        predecessors = predecessors == null ? List.of() : predecessors.stream().distinct().toList();
    }
}
