package com.handbookflow.project.domain;

import java.time.Instant;

/** A row of 《项目成果验收表》: the task's result checked against its deliverable standard. */
public record TaskAcceptance(AcceptanceResult result, String reason, int round, String byId, String byName,
                             Instant at) {
}
