package com.handbookflow.launch.domain;

import java.time.Instant;

/** 《可行性分析报告》: technology, resources, cost/benefit, competition, and the conclusion with its reason. */
public record FeasibilityReport(String technology, String resources, String costBenefit, String competition,
                                FeasibilityConclusion conclusion, String reason, String authorId, String authorName,
                                Instant at) {
}
