package com.handbookflow.project.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 《项目目标对齐会议纪要》: when the meeting was held, the departments present, what was agreed. */
public record Alignment(LocalDate meetingDate, List<String> departmentsPresent, String summary, String recordedBy,
                        Instant recordedAt) {

    public Alignment {
        departmentsPresent = departmentsPresent == null ? List.of() : List.copyOf(departmentsPresent);
    }
}
