package com.handbookflow.project.gantt.svg;

import com.handbookflow.project.gantt.GanttChart;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Where everything of a chart lies in the picture, in pixels: one column per day, one row per task.
 * The renderer draws with it and tests find the bars with it.
 * <pre>
 *   title
 *   header: month | day of month, weekday | 休/班 and holiday names
 *   label column | one row per task: planned bar (top), projected bar (below, when pushed)
 *   legend
 * </pre>
 */
public final class GanttLayout {

    public static final int MARGIN = 16;
    public static final int TITLE_HEIGHT = 52;
    public static final int MONTH_ROW = 18;
    public static final int DAY_ROW = 28;
    public static final int BADGE_ROW = 18;
    public static final int HEADER_HEIGHT = MONTH_ROW + DAY_ROW + BADGE_ROW;
    public static final int LABEL_WIDTH = 250;
    public static final int DAY_WIDTH = 28;
    public static final int ROW_HEIGHT = 46;
    /** Room right of the axis for the notes after the last bars ("延期 2 个工作日", "受宣传物料设计延误顺延 2 个工作日"). */
    public static final int NOTE_WIDTH = 220;
    public static final int PLANNED_BAR_OFFSET = 8;
    public static final int PLANNED_BAR_HEIGHT = 18;
    public static final int PROJECTED_BAR_OFFSET = 31;
    public static final int PROJECTED_BAR_HEIGHT = 9;
    public static final int LEGEND_HEIGHT = 56;
    /** The legend needs this much, however short the project. */
    public static final int MIN_WIDTH = 980;

    private final LocalDate from;
    private final int dayCount;
    private final int taskCount;

    public GanttLayout(GanttChart chart) {
        this.from = chart.from();
        this.dayCount = (int) ChronoUnit.DAYS.between(chart.from(), chart.to()) + 1;
        this.taskCount = chart.tasks().size();
    }

    public int width() {
        return Math.max(MIN_WIDTH, axisRight() + NOTE_WIDTH + MARGIN);
    }

    public int height() {
        return legendTop() + LEGEND_HEIGHT + MARGIN;
    }

    public int dayCount() {
        return dayCount;
    }

    public int axisLeft() {
        return MARGIN + LABEL_WIDTH;
    }

    public int axisRight() {
        return axisLeft() + dayCount * DAY_WIDTH;
    }

    public int headerTop() {
        return MARGIN + TITLE_HEIGHT;
    }

    public int rowsTop() {
        return headerTop() + HEADER_HEIGHT;
    }

    /** At least one (empty) row, so a project without tasks still shows its axis. */
    public int rowsBottom() {
        return rowsTop() + Math.max(1, taskCount) * ROW_HEIGHT;
    }

    public int legendTop() {
        return rowsBottom() + 26;
    }

    /** The left edge of a date's column. */
    public double xOf(LocalDate date) {
        return axisLeft() + ChronoUnit.DAYS.between(from, date) * (double) DAY_WIDTH;
    }

    /** The left edge of a bar that starts on {@code first}. */
    public double barLeft(LocalDate first) {
        return xOf(first) + 1;
    }

    /** The right edge of a bar that ends on {@code last} (the whole day included). */
    public double barRight(LocalDate last) {
        return xOf(last) + DAY_WIDTH - 1;
    }

    public double rowTop(int row) {
        return rowsTop() + row * (double) ROW_HEIGHT;
    }

    public double plannedBarTop(int row) {
        return rowTop(row) + PLANNED_BAR_OFFSET;
    }

    public double projectedBarTop(int row) {
        return rowTop(row) + PROJECTED_BAR_OFFSET;
    }

    /** The today line: in today's column, as far across as the day has gone. */
    public double xOf(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        double dayFraction = Duration.between(today.atStartOfDay(zone).toInstant(), now).toSeconds() / 86_400.0;
        return xOf(today) + dayFraction * DAY_WIDTH;
    }
}
