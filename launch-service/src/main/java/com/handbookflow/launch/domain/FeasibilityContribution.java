package com.handbookflow.launch.domain;

import java.time.Instant;

/** A cooperating department's part of the feasibility analysis (技术、财务共同参与). */
public record FeasibilityContribution(String department, String summary, String authorId, String authorName,
                                      Instant at) {
}
