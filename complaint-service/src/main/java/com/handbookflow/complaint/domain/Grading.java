package com.handbookflow.complaint.domain;

import java.util.List;

/**
 * The outcome of grading (分级): the criteria met (codes of {@code complaint.grading.criteria}), the grade
 * they give, the grade given and, when it differs from theirs, why.
 */
public record Grading(List<String> metCriteria, Grade derivedGrade, Grade grade, String deviationReason) {

    public boolean deviates() {
        return grade != derivedGrade;
    }
}
