package com.handbookflow.project.domain;

import java.time.Instant;

/** A department's answer to taking part in the project (确认参与意愿), recorded per department. */
public record Consent(String department, boolean agreed, String comment, String byId, String byName, Instant at) {
}
