package com.handbookflow.launch.domain;

import java.util.List;

/** The emergency plan of the launch plan (应急预案): how to roll back and how users are compensated. */
public record EmergencyPlan(List<String> rollbackSteps, String userCompensation, String trigger) {

    public EmergencyPlan {
        rollbackSteps = rollbackSteps == null ? List.of() : List.copyOf(rollbackSteps);
    }
}
