package com.handbookflow.launch.config;

import com.handbookflow.launch.domain.LaunchDuty;
import com.handbookflow.launch.domain.ReviewPart;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/**
 * The launch rules of the handbook (新业务上线流程), every value a default a company may change in
 * configuration. Node limits and departments are the process definition's
 * ({@code handbook.process.launch.nodes.<KEY>.*}).
 */
@ConfigMapping(prefix = "launch")
public interface LaunchConfig {

    /** Launch numbers: prefix + year + sequence of the year, e.g. SX2026-0001. */
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

    /** Who reviews each row of table 2. */
    Reviewers reviewers();

    /** Who carries each launch-day duty. */
    Duties duties();

    interface Reviewers {
        @WithDefault("marketing")
        String businessPlan();

        @WithDefault("technology")
        String technicalPlan();

        @WithDefault("finance")
        String resourceBudget();

        default String of(ReviewPart part) {
            return switch (part) {
                case BUSINESS_PLAN -> businessPlan();
                case TECHNICAL_PLAN -> technicalPlan();
                case RESOURCE_BUDGET -> resourceBudget();
            };
        }
    }

    interface Duties {
        @WithDefault("technology")
        String deployment();

        @WithDefault("marketing")
        String promotion();

        @WithDefault("customer-service")
        String scriptTraining();

        default String of(LaunchDuty duty) {
            return switch (duty) {
                case DEPLOYMENT -> deployment();
                case PROMOTION -> promotion();
                case SCRIPT_TRAINING -> scriptTraining();
            };
        }
    }
}
