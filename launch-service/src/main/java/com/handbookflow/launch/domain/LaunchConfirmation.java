package com.handbookflow.launch.domain;

import java.time.Instant;

/** 《上线确认函》: the business is live, and how it is watched after go-live (上线后监控). */
public record LaunchConfirmation(Instant launchedAt, String statement, String monitoringNote, String confirmedById,
                                 String confirmedByName, Instant at) {
}
