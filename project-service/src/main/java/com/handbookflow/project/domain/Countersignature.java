package com.handbookflow.project.domain;

import java.time.Instant;

/** The supervising department's countersignature of the acceptance record (会签). */
public record Countersignature(String department, String byId, String byName, String comment, Instant at) {
}
