package com.handbookflow.project.domain;

import java.time.Instant;

/** 《项目周报》 of one meeting, owed within 24 hours after it. */
public record WeeklyReport(String summary, String byId, String byName, Instant at, boolean onTime) {
}
