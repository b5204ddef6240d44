package com.handbookflow.launch.service;

import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.engine.item.WorkItem;

import java.util.List;

/** Names in processes/launch.json that the code relies on. */
public final class LaunchProcess {

    public static final String TYPE = "launch";

    public static final String REQUIREMENT = "REQUIREMENT";
    public static final String FEASIBILITY = "FEASIBILITY";
    public static final String PLAN_REVISION = "PLAN_REVISION";
    public static final String PLAN_REVIEW = "PLAN_REVIEW";
    public static final String DEVELOPMENT = "DEVELOPMENT";
    public static final String RELEASE = "RELEASE";
    public static final String EVALUATION = "EVALUATION";

    public static final String ARCHIVED = "ARCHIVED";

    /** Attributes every event of a launch carries. */
    public static final String BUSINESS_NAME = "businessName";
    public static final String ORIGINATING_DEPARTMENT = "originatingDepartment";
    public static final String REVIEW_ROUND = "reviewRound";

    private LaunchProcess() {
    }

    /** The rows of table 2 in review round {@code round}: the review node's work items of that attempt. */
    public static List<WorkItem> reviewRows(List<WorkItem> items, int round) {
        return items.stream().filter(i -> PLAN_REVIEW.equals(i.nodeKey()) && i.round() == round).toList();
    }

    /** The launch-day duties: the release node's work items of its latest activation. */
    public static List<WorkItem> duties(List<WorkItem> items) {
        int latest = items.stream().filter(i -> RELEASE.equals(i.nodeKey())).mapToInt(WorkItem::round).max().orElse(0);
        return items.stream().filter(i -> RELEASE.equals(i.nodeKey()) && i.round() == latest).toList();
    }

    /** The reference of a document the launch itself holds, e.g. {@code launch:SX2026-0001/feasibility-report}. */
    public static NodeOutput output(String number, String key) {
        return new NodeOutput(key, "launch:" + number + "/" + key);
    }
}
