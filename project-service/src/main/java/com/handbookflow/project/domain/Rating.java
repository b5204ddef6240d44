package com.handbookflow.project.domain;

import java.time.Instant;

/** A participating department's rating (0-100) of the collaboration, credited to the initiating department. */
public record Rating(String department, int score, String comment, String byId, String byName, Instant at) {
}
