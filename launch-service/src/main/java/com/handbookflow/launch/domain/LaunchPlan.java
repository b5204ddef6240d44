package com.handbookflow.launch.domain;

import java.time.Instant;
import java.util.List;

/** 《上线计划表》: when, who, the emergency plan and how the launch is watched afterwards. */
public record LaunchPlan(Instant launchAt, List<String> people, EmergencyPlan emergencyPlan, String monitoring,
                         String authorName, Instant at) {

    public LaunchPlan {
        people = people == null ? List.of() : List.copyOf(people);
    }
}
