package com.handbookflow.launch.domain;

import java.time.Instant;

/** What product changed in the plan after a review round concluded 需修改. */
public record PlanRevision(int afterRound, String summary, String authorId, String authorName, Instant at) {
}
