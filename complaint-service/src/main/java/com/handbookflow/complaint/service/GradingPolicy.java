package com.handbookflow.complaint.service;

import com.handbookflow.complaint.config.ComplaintConfig;
import com.handbookflow.complaint.domain.Grade;
import com.handbookflow.complaint.domain.Grading;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * 分级标准明确: the grade follows from configured criteria, not from a free-text reason. A complaint
 * meeting any criterion is MAJOR (重大投诉: hurts experience or reputation, needs several departments),
 * one meeting none GENERAL. The classifier may grade otherwise, but must say why the criteria do not
 * decide this complaint; without that the grading is refused (422 {@code grade-deviation-unexplained}).
 */
public final class GradingPolicy {

    private static final Texts TEXTS = Texts.of(GradingPolicy.class);

    /** What the classifier says: the criteria it ticks, the amount involved, the grade it chooses (null: as derived). */
    public record Assessment(Collection<String> ticked, BigDecimal amountInvolved, Grade chosenGrade,
                             String deviationReason) {
    }

    private final Map<String, ComplaintConfig.Criterion> criteria;

    public GradingPolicy(Map<String, ComplaintConfig.Criterion> criteria) {
        this.criteria = new TreeMap<>(criteria);
    }

    /**
     * Grades a complaint.
     *
     * @param repeatFound whether an earlier complaint of the same contact lies within a repeat criterion's period
     *                    (asked only of criteria with {@code repeat-within})
     */
    public Grading grade(Assessment assessment, Predicate<ComplaintConfig.Criterion> repeatFound) {
        Set<String> ticked = Set.copyOf(assessment.ticked() == null ? List.of() : assessment.ticked());
        for (String code : ticked) {
            ComplaintConfig.Criterion criterion = criteria.get(code);
            if (criterion == null) {
                throw new InvalidValueException("criteria",
                        TEXTS.en("field.criteria.unknown", code, String.join(", ", criteria.keySet())),
                        TEXTS.zh("field.criteria.unknown", code, String.join("、", criteria.keySet())));
            }
            if (criterion.amountAbove().isPresent()) {
                throw new InvalidValueException("criteria", TEXTS.en("field.criteria.by-amount", code),
                        TEXTS.zh("field.criteria.by-amount", code));
            }
        }
        List<String> met = new ArrayList<>();
        criteria.forEach((code, criterion) -> {
            boolean byAmount = criterion.amountAbove().isPresent() && assessment.amountInvolved() != null
                    && assessment.amountInvolved().compareTo(criterion.amountAbove().get()) > 0;
            boolean byRepeat = criterion.repeatWithin().isPresent() && repeatFound.test(criterion);
            if (ticked.contains(code) || byAmount || byRepeat) {
                met.add(code);
            }
        });
        Grade derived = met.isEmpty() ? Grade.GENERAL : Grade.MAJOR;
        Grade grade = assessment.chosenGrade() == null ? derived : assessment.chosenGrade();
        String why = assessment.deviationReason() == null || assessment.deviationReason().isBlank() ? null
                : assessment.deviationReason().strip();
        if (grade != derived && why == null) {
            // the detail's arguments: %1$s-%3$s for the English text, %4$s-%6$s for the Chinese one
            throw new RuleBrokenException(ProblemText.of(GradingPolicy.class, "grade-deviation-unexplained",
                    met.isEmpty() ? TEXTS.en("grading.criteria.none") : String.join(", ", met), derived, grade,
                    met.isEmpty() ? TEXTS.zh("grading.criteria.none") : String.join("、", met), derived.zh(), grade.zh()),
                    List.of(new FieldError("deviationReason", TEXTS.en("field.deviationReason.required", derived))))
                    .with("derivedGrade", derived.name()).with("metCriteria", met);
        }
        return new Grading(List.copyOf(met), derived, grade, grade == derived ? null : why);
    }

    public Map<String, ComplaintConfig.Criterion> criteria() {
        return criteria;
    }
}
