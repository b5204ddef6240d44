package com.handbookflow.launch.domain;

import java.time.Instant;
import java.util.List;

/**
 * One round of the plan review (table 2): its three rows and the overall conclusion. Rounds are
 * kept: a plan sent back for changes gets a new round, the earlier ones stay visible.
 */
public record ReviewRound(int round, Instant openedAt, List<ReviewRow> rows, ReviewConclusion conclusion,
                          String signedOffById, String signedOffByName, Instant signedOffAt, String signOffComment) {

    public ReviewRound {
        rows = List.copyOf(rows);
    }

    /**
     * The join rule of the rows (整体结论): while a row is unsigned the round is under review; any
     * 不通过 rejects; else any 需修改 sends the plan back; all 通过 waits for the leader's sign-off.
     */
    public static ReviewConclusion join(List<ReviewRow> rows) {
        if (rows.stream().anyMatch(r -> r.opinion() == null)) {
            return ReviewConclusion.PENDING;
        }
        if (rows.stream().anyMatch(r -> r.opinion() == ReviewOpinion.FAIL)) {
            return ReviewConclusion.REJECTED;
        }
        if (rows.stream().anyMatch(r -> r.opinion() == ReviewOpinion.NEEDS_CHANGES)) {
            return ReviewConclusion.NEEDS_CHANGES;
        }
        return ReviewConclusion.AWAITING_SIGN_OFF;
    }

    ReviewRound withRow(ReviewRow row) {
        List<ReviewRow> changed = rows.stream().map(r -> r.part() == row.part() ? row : r).toList();
        return new ReviewRound(round, openedAt, changed, join(changed), null, null, null, null);
    }

    ReviewRound signedOff(String id, String name, Instant at, String comment) {
        return new ReviewRound(round, openedAt, rows, ReviewConclusion.APPROVED, id, name, at, comment);
    }

    ReviewRound closeOpenRows() {
        return new ReviewRound(round, openedAt, rows.stream().map(ReviewRow::close).toList(), conclusion,
                signedOffById, signedOffByName, signedOffAt, signOffComment);
    }

    public java.util.Optional<ReviewRow> row(ReviewPart part) {
        return rows.stream().filter(r -> r.part() == part).findFirst();
    }
}
