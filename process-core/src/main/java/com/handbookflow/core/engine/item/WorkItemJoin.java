package com.handbookflow.core.engine.item;

import com.handbookflow.core.engine.definition.JoinDefinition;

import java.util.List;
import java.util.Optional;

/**
 * Whether the work items of a node's round allow it to complete, and which outcome they decide.
 * Pure: a rule on the items as they stand, testable without a database.
 */
public final class WorkItemJoin {

    private WorkItemJoin() {
    }

    /**
     * @param holds      whether the node may complete
     * @param open       items still owed (the node waits for them)
     * @param uncovered  items whose result the join names no outcome for
     * @param outcome    the outcome the results decide, if the join decides one
     */
    public record Verdict(boolean holds, List<WorkItem> open, List<WorkItem> uncovered, Optional<String> outcome) {
    }

    public static Verdict evaluate(JoinDefinition join, List<WorkItem> round) {
        List<WorkItem> open = round.stream().filter(WorkItem::isOpen).toList();
        if (!open.isEmpty()) {
            return new Verdict(false, open, List.of(), Optional.empty());
        }
        List<WorkItem> done = round.stream().filter(i -> i.state() == WorkItemState.DONE).toList();
        if (join.rule() == JoinDefinition.Rule.ALL_DONE) {
            return new Verdict(true, List.of(), List.of(), Optional.empty());
        }
        List<WorkItem> notPassed = done.stream().filter(i -> i.result() != WorkItemResult.PASS).toList();
        if (notPassed.isEmpty()) {
            return new Verdict(true, List.of(), List.of(), Optional.ofNullable(join.pass()));
        }
        for (JoinDefinition.Otherwise otherwise : join.otherwise()) {
            if (notPassed.stream().anyMatch(i -> i.result() == otherwise.result())) {
                return new Verdict(true, List.of(), List.of(), Optional.of(otherwise.outcome()));
            }
        }
        return new Verdict(false, List.of(), notPassed, Optional.empty());
    }
}
