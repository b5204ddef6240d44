package com.handbookflow.launch.domain;

import java.time.Instant;
import java.util.List;

/** 《新业务上线效果评估报告》: quantified metrics against table 1's goal, the user feedback, the conclusion. */
public record Evaluation(List<MetricResult> metrics, boolean goalMet, String feedback, String conclusion,
                         String authorName, Instant at) {

    public Evaluation {
        metrics = List.copyOf(metrics);
    }
}
