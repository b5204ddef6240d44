package com.handbookflow.notification.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** The handbook's targets and how satisfaction is scored. */
@ConfigMapping(prefix = "notification.supervision")
public interface SupervisionConfig {

    /** Scenarios reported as Prometheus gauges. */
    @WithDefault("launch,complaint,project")
    List<String> scenarios();

    /** How often the Prometheus gauges are recomputed ({@code off}: never, tests call refresh()). */
    @WithDefault("60s")
    String gaugesEvery();

    Targets targets();

    CustomerSatisfaction customerSatisfaction();

    /** Completion attribute carrying a department satisfaction score (0-100), or a list of scores (a project's ratings), where a scenario reports them. */
    @WithDefault("departmentSatisfaction")
    String departmentSatisfactionAttribute();

    interface Targets {
        /** Node on-time completion rate, at least (流程节点按时完成率 >= 95%). */
        @WithDefault("0.95")
        double onTimeRate();

        /** Customer / department satisfaction, at least (>= 90 points). */
        @WithDefault("90")
        double satisfaction();

        /** Process violations per quarter, at most (<= 2). */
        @WithDefault("2")
        int violationsPerQuarter();

        /** Document completeness, at least. */
        @WithDefault("1.0")
        double documentCompleteness();
    }

    interface CustomerSatisfaction {
        /** Nodes whose completion carries the customer's verdict, as scenario.NODE. */
        @WithDefault("complaint.CONFIRM")
        List<String> nodes();

        /** The completion attribute carrying the verdict, scored with process-core's SatisfactionPoints. */
        @WithDefault("satisfaction")
        String attribute();
    }
}
