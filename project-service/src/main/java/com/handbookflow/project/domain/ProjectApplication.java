package com.handbookflow.project.domain;

import java.time.LocalDate;
import java.util.List;

/** 《项目立项申请表》: why, the quantified goal, the scope and the milestones. Held as jsonb on the project. */
public record ProjectApplication(String background, String goal, String scope, List<Milestone> milestones) {

    public ProjectApplication {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** A milestone of the application (关键里程碑). */
    public record Milestone(String name, LocalDate date) {
    }
}
