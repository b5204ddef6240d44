package com.handbookflow.launch.domain;

/** The test report's content as technology hands it in; the recorded {@link TestReport} adds who and when. */
public record TestResults(String summary, Integer casesRun, Integer casesPassed, Integer openDefects) {
}
