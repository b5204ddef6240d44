package com.handbookflow.launch.domain;

/** What product found in the feasibility analysis, and its conclusion; the report adds who and when. */
public record FeasibilityFindings(String technology, String resources, String costBenefit, String competition,
                                  FeasibilityConclusion conclusion, String reason) {

    public boolean feasible() {
        return conclusion == FeasibilityConclusion.PASS;
    }
}
