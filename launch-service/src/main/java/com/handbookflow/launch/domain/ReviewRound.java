package com.handbookflow.launch.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * One round of the plan review (table 2): the review node's attempt {@code round}, its overall
 * conclusion (整体结论) and the leader's sign-off. Its three rows are the review node's work items of
 * that round (process-core's {@code work_item}, signed through the engine). Rounds are kept: a plan
 * sent back for changes gets a new round, the earlier ones stay visible.
 */
@JsonIgnoreProperties(ignoreUnknown = true) // rounds stored before the rows moved to work items carried them
public record ReviewRound(int round, Instant openedAt, ReviewConclusion conclusion, String signedOffById,
                          String signedOffByName, Instant signedOffAt, String signOffComment) {

    ReviewRound concluded(ReviewConclusion newConclusion) {
        return new ReviewRound(round, openedAt, newConclusion, null, null, null, null);
    }

    ReviewRound signedOff(String id, String name, Instant at, String comment) {
        return new ReviewRound(round, openedAt, ReviewConclusion.APPROVED, id, name, at, comment);
    }
}
