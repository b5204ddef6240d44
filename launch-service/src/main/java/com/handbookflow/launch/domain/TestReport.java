package com.handbookflow.launch.domain;

import java.time.Instant;

/** 《测试报告》: the internal test's result. */
public record TestReport(String summary, Integer casesRun, Integer casesPassed, Integer openDefects,
                         String authorName, Instant at) {
}
