package com.handbookflow.project.service;

import com.handbookflow.core.engine.NodeOutput;

import java.util.List;
import java.util.Map;

/** Names in processes/project.json that the code relies on. */
public final class ProjectProcess {

    public static final String TYPE = "project";

    public static final String INITIATION = "INITIATION";
    public static final String TEAM = "TEAM";
    public static final String PROGRESS = "PROGRESS";
    public static final String ACCEPTANCE = "ACCEPTANCE";
    public static final String RETROSPECTIVE = "RETROSPECTIVE";

    /** The outcome each node is completed with by the services; checked against the definition at start. */
    public static final Map<String, List<String>> OUTCOMES = Map.of(
            INITIATION, List.of("aligned"),
            TEAM, List.of("tasks-assigned"),
            PROGRESS, List.of("tasks-done"),
            ACCEPTANCE, List.of("accepted"),
            RETROSPECTIVE, List.of("reviewed"));

    /** Attributes every event of a project carries. */
    public static final String PROJECT_NAME = "projectName";
    public static final String INITIATING_DEPARTMENT = "initiatingDepartment";
    /**
     * The participating departments' ratings (0-100) of the collaboration, on the retrospective's
     * completion: notification-service's department-satisfaction metric credits each to the node's
     * department, the initiating one.
     */
    public static final String DEPARTMENT_SATISFACTION = "departmentSatisfaction";

    /** The supervising department's countersignature, a work item of the acceptance node. */
    public static final String COUNTERSIGN_ITEM = "countersign";

    private ProjectProcess() {
    }

    /** The reference of a document the project itself holds, e.g. {@code project:PRJ2026001/task-list}. */
    public static NodeOutput output(String number, String key) {
        return new NodeOutput(key, "project:" + number + "/" + key);
    }

    /** The work item key of a department's consent to take part (确认参与意愿). */
    public static String consentItem(String department) {
        return "consent-" + department;
    }
}
