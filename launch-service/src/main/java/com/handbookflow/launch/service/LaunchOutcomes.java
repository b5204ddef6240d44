package com.handbookflow.launch.service;

import com.handbookflow.core.engine.definition.NodeOutcome;

import java.util.List;

import static com.handbookflow.launch.service.LaunchProcess.DEVELOPMENT;
import static com.handbookflow.launch.service.LaunchProcess.EVALUATION;
import static com.handbookflow.launch.service.LaunchProcess.FEASIBILITY;
import static com.handbookflow.launch.service.LaunchProcess.PLAN_REVIEW;
import static com.handbookflow.launch.service.LaunchProcess.PLAN_REVISION;
import static com.handbookflow.launch.service.LaunchProcess.RELEASE;
import static com.handbookflow.launch.service.LaunchProcess.REQUIREMENT;

/** The outcomes of processes/launch.json that {@link LaunchService} completes nodes with (or reads from a review's join). */
public final class LaunchOutcomes {

    public static final NodeOutcome SUBMITTED = new NodeOutcome(REQUIREMENT, "submitted");
    public static final NodeOutcome FEASIBLE = new NodeOutcome(FEASIBILITY, "feasible");
    public static final NodeOutcome NOT_FEASIBLE = new NodeOutcome(FEASIBILITY, "not-feasible");
    public static final NodeOutcome REVISED = new NodeOutcome(PLAN_REVISION, "revised");
    public static final NodeOutcome APPROVED = new NodeOutcome(PLAN_REVIEW, "approved");
    /** Decided by the review rows' join, not named by the service when it completes. */
    public static final NodeOutcome REVIEW_REJECTED = new NodeOutcome(PLAN_REVIEW, "rejected");
    public static final NodeOutcome TESTED = new NodeOutcome(DEVELOPMENT, "tested");
    public static final NodeOutcome RELEASED = new NodeOutcome(RELEASE, "released");
    public static final NodeOutcome ARCHIVED = new NodeOutcome(EVALUATION, "archived");

    /** Every outcome the code uses; checked against the definition at start. */
    public static final List<NodeOutcome> ALL = List.of(SUBMITTED, FEASIBLE, NOT_FEASIBLE, REVISED, APPROVED,
            REVIEW_REJECTED, TESTED, RELEASED, ARCHIVED);

    private LaunchOutcomes() {
    }
}
