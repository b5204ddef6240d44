package com.handbookflow.complaint.service;

import com.handbookflow.complaint.config.ComplaintConfig;
import com.handbookflow.complaint.domain.Grade;
import com.handbookflow.complaint.domain.Grading;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.RuleBrokenException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The grading rule on its own: any criterion met is MAJOR, none GENERAL; another grade must be explained. */
class GradingPolicyTest {

    private static ComplaintConfig.Criterion criterion(BigDecimal amountAbove, Duration repeatWithin) {
        return new ComplaintConfig.Criterion() {
            public String zh() { return "标准"; }
            public String en() { return "criterion"; }
            public Optional<BigDecimal> amountAbove() { return Optional.ofNullable(amountAbove); }
            public Optional<Duration> repeatWithin() { return Optional.ofNullable(repeatWithin); }
        };
    }

    private final GradingPolicy policy = new GradingPolicy(Map.of(
            "AMOUNT_INVOLVED", criterion(new BigDecimal("5000"), null),
            "REPUTATIONAL_RISK", criterion(null, null),
            "REPEAT_COMPLAINT", criterion(null, Duration.ofDays(90))));

    private Grading grade(List<String> ticked, String amount, Grade chosen, String why, boolean repeat) {
        return policy.grade(new GradingPolicy.Assessment(ticked, amount == null ? null : new BigDecimal(amount), chosen,
                why), c -> repeat);
    }

    @Test
    void no_criterion_met_gives_general() {
        Grading grading = grade(List.of(), "4999.99", null, null, false);
        assertEquals(Grade.GENERAL, grading.grade());
        assertEquals(List.of(), grading.metCriteria());
    }

    @Test
    void an_amount_exactly_at_the_threshold_is_not_above_it() {
        assertEquals(Grade.GENERAL, grade(List.of(), "5000", null, null, false).grade());
        assertEquals(Grade.MAJOR, grade(List.of(), "5000.01", null, null, false).grade());
    }

    @Test
    void every_criterion_met_is_named_whichever_way_it_was_met() {
        Grading grading = grade(List.of("REPUTATIONAL_RISK"), "8000", null, null, true);
        assertEquals(List.of("AMOUNT_INVOLVED", "REPEAT_COMPLAINT", "REPUTATIONAL_RISK"), grading.metCriteria());
        assertEquals(Grade.MAJOR, grading.derivedGrade());
    }

    @Test
    void a_grade_against_the_criteria_without_a_reason_is_refused() {
        RuleBrokenException refused = assertThrows(RuleBrokenException.class,
                () -> grade(List.of("REPUTATIONAL_RISK"), null, Grade.GENERAL, " ", false));
        assertEquals("grade-deviation-unexplained", refused.type());
    }

    @Test
    void a_grade_against_the_criteria_with_a_reason_keeps_both_grades_and_the_reason() {
        Grading grading = grade(List.of(), null, Grade.MAJOR, "重点客户", false);
        assertEquals(Grade.MAJOR, grading.grade());
        assertEquals(Grade.GENERAL, grading.derivedGrade());
        assertEquals("重点客户", grading.deviationReason());
    }

    @Test
    void a_reason_given_for_the_grade_the_criteria_give_is_no_deviation() {
        assertNull(grade(List.of(), null, Grade.GENERAL, "无需说明", false).deviationReason());
    }

    @Test
    void ticking_the_amount_criterion_or_an_unknown_one_is_bad_input() {
        assertThrows(InvalidValueException.class, () -> grade(List.of("AMOUNT_INVOLVED"), null, null, null, false));
        assertThrows(InvalidValueException.class, () -> grade(List.of("VIP"), null, null, null, false));
    }
}
