package com.handbookflow.project.domain;

import java.time.LocalDate;

/**
 * The initiating department's verdict on a done task, as handed in: the recorded {@link TaskAcceptance}
 * adds the round, who and when. A rejection may set a new deadline for the rework.
 */
public record AcceptanceVerdict(AcceptanceResult result, String reason, LocalDate newDeadline) {

    public boolean rejected() {
        return result == AcceptanceResult.REJECTED;
    }
}
