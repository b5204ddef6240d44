package com.handbookflow.project.gantt;

import com.handbookflow.core.calendar.CalendarSettings;
import com.handbookflow.core.calendar.CalendarYearLoader;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.core.testing.MutableClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The handbook's project 市场活动推广 (table 5) moved to autumn 2026, so that it crosses the
 * Mid-Autumn (Sep 25-27) and National Day (Oct 1-7) holidays and the make-up working day Sat Oct 10:
 * <ul>
 *   <li>T1 活动策划方案, 市场部 张三, Sep 21-24, done on Sep 24;</li>
 *   <li>T2 宣传物料设计, 设计部 李四, Sep 28-30, after T1, 60 % and still not done: delayed;</li>
 *   <li>T3 活动页面技术开发, 技术部 王五, Oct 8-14 (6 working days), after T2, pending.</li>
 * </ul>
 * "Now" is Friday Oct 9 2026, 10:00 in Shanghai, unless a test moves the clock.
 */
public final class HandbookCampaign {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final String NUMBER = "PRJ2026001";
    public static final String NAME = "市场活动推广";
    public static final String NOW = "2026-10-09T10:00";

    private HandbookCampaign() {
    }

    public static GanttTask.Builder campaignPlan() {
        return GanttTask.builder("T1").name("活动策划方案").department("marketing").person("张三")
                .start(date("2026-09-21")).deadline(date("2026-09-24"))
                .status(GanttStatus.DONE).completedAt(shanghai("2026-09-24T16:30"));
    }

    public static GanttTask.Builder promotionalDesign() {
        return GanttTask.builder("T2").name("宣传物料设计").department("design").person("李四")
                .start(date("2026-09-28")).deadline(date("2026-09-30"))
                .status(GanttStatus.DELAYED).progressPercent(60).after("T1");
    }

    public static GanttTask.Builder campaignPage() {
        return GanttTask.builder("T3").name("活动页面技术开发").department("technology").person("王五")
                .start(date("2026-10-08")).deadline(date("2026-10-14"))
                .status(GanttStatus.PENDING).after("T2");
    }

    public static GanttInput project() {
        return project(campaignPlan(), promotionalDesign(), campaignPage());
    }

    public static GanttInput project(GanttTask.Builder... tasks) {
        List<GanttTask> built = new ArrayList<>();
        for (GanttTask.Builder task : tasks) {
            built.add(task.build());
        }
        return new GanttInput(NUMBER, NAME, built);
    }

    public static MutableClock clockAt(String shanghaiLocalDateTime) {
        return new MutableClock().setShanghai(shanghaiLocalDateTime);
    }

    /** The chart service on China's 2026 calendar and the handbook's departments, at {@code clock}. */
    public static GanttChartService charts(MutableClock clock) {
        return new GanttChartService(calendar(), departments(), clock);
    }

    public static GanttChart chart() {
        return charts(clockAt(NOW)).chartOf(project());
    }

    public static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(CalendarSettings.of(SHANGHAI, LocalTime.of(18, 0),
                List.of(CalendarYearLoader.load("calendar/2026.json"))));
    }

    public static Departments departments() {
        return new Departments(List.of(
                new LabeledValue("marketing", "市场部", "Marketing"),
                new LabeledValue("design", "设计部", "Design"),
                new LabeledValue("technology", "技术部", "Technology")));
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
