package com.handbookflow.core.engine.item;

import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.definition.JoinDefinition;
import com.handbookflow.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The join rules of a node's work items, on the review rows of a plan review (方案评审表). */
class WorkItemJoinTest {

    private static final JoinDefinition PLAN_REVIEW = new JoinDefinition(JoinDefinition.Rule.ALL_PASS, "approved",
            List.of(new JoinDefinition.Otherwise(WorkItemResult.FAIL, "rejected"),
                    new JoinDefinition.Otherwise(WorkItemResult.NEEDS_CHANGES, "needs-changes")));
    private static final Actor REVIEWER = new Actor("u7", "王工", "technology");

    private final MutableClock clock = new MutableClock().setShanghai("2026-03-03T10:00");
    private final UUID node = UUID.randomUUID();
    private final WorkItem business = row("business", 1);
    private final WorkItem technical = row("technical", 1);
    private final WorkItem budget = row("budget", 1);

    @Test
    void a_plan_review_cannot_complete_while_the_technical_review_row_is_open() {
        sign(business, WorkItemResult.PASS);
        sign(budget, WorkItemResult.PASS);

        WorkItemJoin.Verdict verdict = WorkItemJoin.evaluate(PLAN_REVIEW, List.of(business, technical, budget));

        assertFalse(verdict.holds());
        assertEquals(List.of(technical), verdict.open());
    }

    @Test
    void all_rows_passed_decide_approval() {
        List.of(business, technical, budget).forEach(r -> sign(r, WorkItemResult.PASS));

        assertEquals(Optional.of("approved"), WorkItemJoin.evaluate(PLAN_REVIEW, List.of(business, technical, budget)).outcome());
    }

    @Test
    void one_fail_rejects_the_plan_even_when_another_row_only_needs_changes() {
        sign(business, WorkItemResult.NEEDS_CHANGES);
        sign(technical, WorkItemResult.PASS);
        sign(budget, WorkItemResult.FAIL);

        assertEquals(Optional.of("rejected"), WorkItemJoin.evaluate(PLAN_REVIEW, List.of(business, technical, budget)).outcome());
    }

    @Test
    void needs_changes_without_a_fail_sends_the_plan_back() {
        sign(business, WorkItemResult.PASS);
        sign(technical, WorkItemResult.NEEDS_CHANGES);
        sign(budget, WorkItemResult.PASS);

        assertEquals(Optional.of("needs-changes"), WorkItemJoin.evaluate(PLAN_REVIEW, List.of(business, technical, budget)).outcome());
    }

    @Test
    void a_result_the_join_names_no_outcome_for_decides_nothing() {
        JoinDefinition onlyFail = new JoinDefinition(JoinDefinition.Rule.ALL_PASS, null,
                List.of(new JoinDefinition.Otherwise(WorkItemResult.FAIL, "rejected")));
        sign(business, WorkItemResult.NEEDS_CHANGES);

        WorkItemJoin.Verdict verdict = WorkItemJoin.evaluate(onlyFail, List.of(business));

        assertFalse(verdict.holds());
        assertEquals(List.of(business), verdict.uncovered());
    }

    @Test
    void launch_day_duties_join_when_all_are_done_and_leave_the_outcome_to_the_completion() {
        sign(business, null);
        sign(technical, null);

        WorkItemJoin.Verdict verdict = WorkItemJoin.evaluate(JoinDefinition.ALL_DONE, List.of(business, technical));

        assertTrue(verdict.holds());
        assertEquals(Optional.empty(), verdict.outcome());
    }

    @Test
    void a_signed_row_cannot_be_signed_again() {
        sign(technical, WorkItemResult.PASS);

        assertThrows(com.handbookflow.core.domain.StateConflictException.class, () -> sign(technical, WorkItemResult.FAIL));
    }

    @Test
    void a_row_signed_after_its_due_instant_is_recorded_late() {
        clock.setShanghai("2026-03-06T09:00");
        sign(technical, WorkItemResult.PASS);

        assertEquals(Boolean.FALSE, technical.onTime());
    }

    @Test
    void the_first_round_keeps_the_plain_key_and_later_rounds_carry_their_number() {
        assertEquals("PLAN_REVIEW/technical", technical.obligationKey());
        assertEquals("PLAN_REVIEW/technical#2", row("technical", 2).obligationKey());
    }

    private WorkItem row(String key, int round) {
        Instant due = java.time.LocalDateTime.parse("2026-03-05T18:00").atZone(MutableClock.SHANGHAI).toInstant();
        return new WorkItem(UUID.randomUUID(), node, "PLAN_REVIEW", round, key, 1, key + "-zh", key, WorkItem.Origin.DEFINITION,
                "technology", null, clock.instant(), due, "P3WD", "CN-2026.1");
    }

    private void sign(WorkItem item, WorkItemResult result) {
        item.sign(result, null, REVIEWER, clock.instant());
    }
}
