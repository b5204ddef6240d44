package com.handbookflow.launch.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/**
 * The launch rules of the handbook (新业务上线流程), every value a default a company may change in
 * configuration. Node limits and departments are the process definition's
 * ({@code handbook.process.launch.nodes.<KEY>.*}), and so are the reviewing department of each row of
 * table 2 and the department of each launch-day duty, the work items of PLAN_REVIEW and RELEASE
 * ({@code handbook.process.launch.nodes.PLAN_REVIEW.items.RESOURCE_BUDGET.responsible-department}).
 */
@ConfigMapping(prefix = "launch")
public interface LaunchConfig {

    /** Launch numbers: prefix + year + "-" + sequence of the year, e.g. SX2026-0001 (process-core's BusinessNumbers). */
    @WithDefault("SX")
    String numberPrefix();

    /** The departments that may raise a new business (发起部门). */
    @WithDefault("marketing,product")
    List<String> originatingDepartments();

    /** At most this many core functions in table 1: MVP first, 避免"大而全". */
    @WithDefault("3")
    int maxCoreFunctions();

    /** The departments whose contribution the feasibility report needs (需技术、财务共同参与). */
    @WithDefault("technology,finance")
    List<String> feasibilityContributors();

    /** Development's limit when the leader does not set one at approval; a longer one needs a reason. */
    @WithDefault("P15WD")
    String developmentLimit();
}
