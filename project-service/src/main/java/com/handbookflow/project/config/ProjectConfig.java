package com.handbookflow.project.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * The project rules of the handbook (跨部门协作项目推进流程), every value a default a company may change
 * in configuration. Node limits and departments are the process definition's
 * ({@code handbook.process.project.nodes.<KEY>.*}).
 */
@ConfigMapping(prefix = "project")
public interface ProjectConfig {

    /** Project numbers: prefix + year + sequence of the year, e.g. PRJ2024001. */
    @WithDefault("PRJ")
    String numberPrefix();

    /** The supervising department (监督部门): countersigns acceptance, is told of every HIGH risk at once. */
    @WithDefault("operations-management")
    String supervisingDepartment();

    /** The weekly progress meeting (每周固定时间召开进度会). */
    WeeklyMeeting weeklyMeeting();

    /** The weekly report (《项目周报》) is owed this long after each meeting. */
    @WithDefault("PT24H")
    Duration weeklyReportWithin();

    /** Wording that makes a task not SMART (no measurable deadline or standard), refused with a reason. */
    @WithDefault("尽快完成,尽快,尽早,ASAP,as soon as possible")
    List<String> vagueWording();

    interface WeeklyMeeting {
        @WithDefault("MONDAY")
        DayOfWeek day();

        @WithDefault("10:00")
        LocalTime time();
    }
}
