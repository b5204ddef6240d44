package com.handbookflow.project.gantt.svg;

import com.handbookflow.core.calendar.DayKind;
import com.handbookflow.core.calendar.DayView;
import com.handbookflow.project.gantt.GanttChart;
import com.handbookflow.project.gantt.GanttStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Draws a {@link GanttChart} as SVG for people who read Chinese: non-working days shaded, make-up
 * working days marked 班, each task a bar in its status colour, the overrun of a late task and the
 * projected place of a pushed one, finish-to-start arrows, the today line and a legend.
 */
@ApplicationScoped
public class GanttSvgRenderer {

    public static final String MEDIA_TYPE = "image/svg+xml";

    /** CJK fonts first, as installed on Linux (fonts-noto-cjk), Windows and macOS; the viewer picks the first it has. */
    static final String FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC',"
            + " 'WenQuanYi Micro Hei', sans-serif";

    /** A task name is cut to this many characters in the label column (the whole name is in its tooltip). */
    static final int MAX_NAME_CHARS = 13;

    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String render(GanttChart chart) {
        GanttLayout layout = new GanttLayout(chart);
        Svg svg = new Svg();
        svg.start("svg", "xmlns", "http://www.w3.org/2000/svg", "xml:lang", "zh-CN",
                "width", layout.width(), "height", layout.height(),
                "viewBox", "0 0 " + layout.width() + " " + layout.height(),
                "font-family", FONT_FAMILY, "font-size", 12);
        svg.text("title", chart.projectNumber() + " " + chart.projectName() + " 甘特图");
        definitions(svg);
        svg.leaf("rect", "x", 0, "y", 0, "width", layout.width(), "height", layout.height(), "fill", GanttColours.BACKGROUND);
        title(svg, chart);
        dayColumns(svg, chart, layout);
        header(svg, chart, layout);
        rows(svg, chart, layout);
        dependencies(svg, chart, layout);
        bars(svg, chart, layout);
        todayLine(svg, chart, layout);
        legend(svg, layout);
        svg.end("svg");
        return svg.toString();
    }

    private static void definitions(Svg svg) {
        svg.start("defs");
        arrowHead(svg, "arrow", GanttColours.LINK);
        arrowHead(svg, "arrow-knock-on", GanttColours.PROJECTED_EDGE);
        svg.end("defs");
    }

    private static void arrowHead(Svg svg, String id, String colour) {
        svg.start("marker", "id", id, "viewBox", "0 0 8 8", "refX", 7, "refY", 4,
                "markerWidth", 7, "markerHeight", 7, "orient", "auto");
        svg.leaf("path", "d", "M0,0 L8,4 L0,8 z", "fill", colour);
        svg.end("marker");
    }

    private static void title(Svg svg, GanttChart chart) {
        int x = GanttLayout.MARGIN;
        svg.text("text", chart.projectNumber() + "  " + chart.projectName() + " · 甘特图",
                "x", x, "y", GanttLayout.MARGIN + 20, "font-size", 18, "font-weight", "bold", "fill", GanttColours.TEXT);
        String asOf = chart.now().atZone(ZoneId.of(chart.zone())).format(TIME);
        long delayed = chart.delays().size();
        svg.text("text", "截至 " + asOf + "（" + chart.zone() + "）· 工作日历 " + chart.calendarVersion()
                        + " · 任务 " + chart.tasks().size() + " 项" + (delayed > 0 ? "，延误 " + delayed + " 项" : ""),
                "x", x, "y", GanttLayout.MARGIN + 42, "font-size", 12, "fill", GanttColours.MUTED_TEXT);
    }

    /** Shading of the non-working days and the make-up working days, through header and rows. */
    private static void dayColumns(Svg svg, GanttChart chart, GanttLayout layout) {
        double top = layout.headerTop() + GanttLayout.MONTH_ROW;
        double height = layout.rowsBottom() - top;
        for (DayView day : chart.days()) {
            String fill = switch (day.kind()) {
                case WEEKEND -> GanttColours.WEEKEND;
                case HOLIDAY -> GanttColours.HOLIDAY;
                case MAKE_UP_WORKING_DAY -> GanttColours.MAKE_UP_WORKING_DAY;
                case WORKING -> null;
            };
            if (fill != null) {
                svg.leaf("rect", "x", layout.xOf(day.date()), "y", top, "width", GanttLayout.DAY_WIDTH,
                        "height", height, "fill", fill);
            }
        }
        for (DayView day : chart.days()) {
            double x = layout.xOf(day.date());
            svg.leaf("line", "x1", x, "y1", top, "x2", x, "y2", layout.rowsBottom(), "stroke", GanttColours.GRID,
                    "stroke-width", day.date().getDayOfWeek() == DayOfWeek.MONDAY ? 1.5 : 0.5);
        }
    }

    private static void header(Svg svg, GanttChart chart, GanttLayout layout) {
        double monthBaseline = layout.headerTop() + 13;
        double dayTop = layout.headerTop() + GanttLayout.MONTH_ROW;
        double badgeTop = dayTop + GanttLayout.DAY_ROW;
        for (DayView day : chart.days()) {
            LocalDate date = day.date();
            double x = layout.xOf(date);
            double centre = x + GanttLayout.DAY_WIDTH / 2.0;
            if (date.getDayOfMonth() == 1 || date.equals(chart.from())) {
                svg.text("text", date.getYear() + "年" + date.getMonthValue() + "月", "x", x + 2, "y", monthBaseline,
                        "font-size", 12, "font-weight", "bold", "fill", GanttColours.TEXT);
            }
            String colour = day.working() ? GanttColours.TEXT : GanttColours.MUTED_TEXT;
            svg.text("text", String.valueOf(date.getDayOfMonth()), "x", centre, "y", dayTop + 12,
                    "text-anchor", "middle", "font-size", 11, "fill", colour);
            svg.text("text", WEEKDAYS[date.getDayOfWeek().getValue() - 1], "x", centre, "y", dayTop + 25,
                    "text-anchor", "middle", "font-size", 10, "fill", colour);
            if (day.kind() == DayKind.MAKE_UP_WORKING_DAY) {
                badge(svg, centre, badgeTop, "班", GanttColours.MAKE_UP_BADGE, tooltip(day));
            }
        }
        holidayRuns(svg, chart.days(), layout, badgeTop);
        svg.leaf("line", "x1", GanttLayout.MARGIN, "y1", layout.rowsTop(), "x2", layout.axisRight(), "y2", layout.rowsTop(),
                "stroke", GanttColours.MUTED_TEXT, "stroke-width", 1);
    }

    /** Consecutive holiday days of the same name get one label, e.g. 国庆节 over Oct 1-7; each day its 休. */
    private static void holidayRuns(Svg svg, List<DayView> days, GanttLayout layout, double badgeTop) {
        int i = 0;
        while (i < days.size()) {
            DayView first = days.get(i);
            if (first.kind() != DayKind.HOLIDAY) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).kind() == DayKind.HOLIDAY
                    && Objects.equals(days.get(j + 1).nameZh(), first.nameZh())) {
                j++;
            }
            int length = j - i + 1;
            String name = first.nameZh() == null ? "休" : first.nameZh();
            double left = layout.xOf(first.date());
            if (length >= 3) {
                svg.text("text", name + " 休", "x", left + length * GanttLayout.DAY_WIDTH / 2.0, "y", badgeTop + 13,
                        "text-anchor", "middle", "font-size", 11, "font-weight", "bold", "fill", GanttColours.HOLIDAY_BADGE);
            } else {
                for (int k = i; k <= j; k++) {
                    badge(svg, layout.xOf(days.get(k).date()) + GanttLayout.DAY_WIDTH / 2.0, badgeTop, "休",
                            GanttColours.HOLIDAY_BADGE, tooltip(days.get(k)));
                }
            }
            i = j + 1;
        }
    }

    private static void badge(Svg svg, double centre, double top, String text, String colour, String tooltip) {
        svg.start("g");
        svg.text("title", tooltip);
        svg.leaf("rect", "x", centre - 8, "y", top + 1, "width", 16, "height", 15, "rx", 3, "fill", colour);
        svg.text("text", text, "x", centre, "y", top + 13, "text-anchor", "middle", "font-size", 11,
                "font-weight", "bold", "fill", GanttColours.BACKGROUND);
        svg.end("g");
    }

    private static String tooltip(DayView day) {
        return day.date() + " " + day.kindZh() + (day.nameZh() == null ? "" : " " + day.nameZh());
    }

    /** The label column: name, department and person, the status in words. */
    private static void rows(Svg svg, GanttChart chart, GanttLayout layout) {
        List<GanttChart.Task> tasks = chart.tasks();
        for (int row = 0; row < tasks.size(); row++) {
            GanttChart.Task task = tasks.get(row);
            double top = layout.rowTop(row);
            int x = GanttLayout.MARGIN;
            svg.leaf("line", "x1", x, "y1", top + GanttLayout.ROW_HEIGHT, "x2", layout.axisRight(),
                    "y2", top + GanttLayout.ROW_HEIGHT, "stroke", GanttColours.GRID, "stroke-width", 1);
            svg.start("g");
            svg.text("title", task.name());
            svg.text("text", shortened(task.name()), "x", x, "y", top + 19, "font-size", 13, "font-weight", "bold",
                    "fill", GanttColours.TEXT);
            svg.end("g");
            String who = task.department().zh() + (task.person() == null ? "" : " · " + task.person())
                    + (task.completedOn() != null ? " · " + task.completedOn().format(MONTH_DAY) + " 完成"
                    : task.progressPercent() == null ? "" : " · " + task.progressPercent() + "%");
            svg.text("text", who, "x", x, "y", top + 37, "font-size", 11, "fill", GanttColours.MUTED_TEXT);
            GanttStatus status = GanttStatus.valueOf(task.status().code());
            double chipRight = layout.axisLeft() - 10;
            svg.leaf("rect", "x", chipRight - 46, "y", top + 7, "width", 46, "height", 18, "rx", 9,
                    "fill", GanttColours.of(status));
            svg.text("text", status.zh(), "x", chipRight - 23, "y", top + 20, "text-anchor", "middle",
                    "font-size", 11, "font-weight", "bold", "fill", GanttColours.BACKGROUND);
        }
        if (tasks.isEmpty()) {
            svg.text("text", "暂无任务", "x", GanttLayout.MARGIN, "y", layout.rowTop(0) + 26, "font-size", 13,
                    "fill", GanttColours.MUTED_TEXT);
        }
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_NAME_CHARS) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, MAX_NAME_CHARS - 1)) + "…";
    }

    /**
     * Finish-to-start arrows from the end of a predecessor to the start of its successor (its
     * projected bar when pushed), drawn under the bars; orange where the predecessor pushes.
     */
    private static void dependencies(Svg svg, GanttChart chart, GanttLayout layout) {
        Map<String, Integer> rowOf = new HashMap<>();
        for (int row = 0; row < chart.tasks().size(); row++) {
            rowOf.put(chart.tasks().get(row).key(), row);
        }
        for (GanttChart.Dependency link : chart.dependencies()) {
            int fromRow = rowOf.get(link.predecessor());
            int toRow = rowOf.get(link.successor());
            GanttChart.Task predecessor = chart.tasks().get(fromRow);
            GanttChart.Task successor = chart.tasks().get(toRow);
            double x1 = layout.barRight(later(predecessor.deadline(), predecessor.projectedFinish()));
            double y1 = predecessor.knockOn() != null
                    ? layout.projectedBarTop(fromRow) + GanttLayout.PROJECTED_BAR_HEIGHT / 2.0
                    : layout.plannedBarTop(fromRow) + GanttLayout.PLANNED_BAR_HEIGHT / 2.0;
            boolean pushed = successor.knockOn() != null;
            double x2 = layout.barLeft(pushed ? successor.projectedStart() : successor.start()) - 1;
            double y2 = pushed ? layout.projectedBarTop(toRow) + GanttLayout.PROJECTED_BAR_HEIGHT / 2.0
                    : layout.plannedBarTop(toRow) + GanttLayout.PLANNED_BAR_HEIGHT / 2.0;
            String path;
            if (x2 - x1 >= 12) {
                path = "M" + Svg.number(x1) + "," + Svg.number(y1) + " H" + Svg.number(x1 + 6)
                        + " V" + Svg.number(y2) + " H" + Svg.number(x2);
            } else {
                // the successor starts before the predecessor ends: go round, between the rows
                double between = layout.rowTop(Math.max(fromRow, toRow)) - 2;
                path = "M" + Svg.number(x1) + "," + Svg.number(y1) + " h6 V" + Svg.number(between)
                        + " H" + Svg.number(x2 - 8) + " V" + Svg.number(y2) + " H" + Svg.number(x2);
            }
            String colour = link.knockOn() ? GanttColours.PROJECTED_EDGE : GanttColours.LINK;
            svg.leaf("path", "d", path, "fill", "none", "stroke", colour, "stroke-width", 1.5,
                    "marker-end", "url(#" + (link.knockOn() ? "arrow-knock-on" : "arrow") + ")");
        }
    }

    private static void bars(Svg svg, GanttChart chart, GanttLayout layout) {
        List<GanttChart.Task> tasks = chart.tasks();
        Map<String, String> names = new HashMap<>();
        tasks.forEach(task -> names.put(task.key(), task.name()));
        for (int row = 0; row < tasks.size(); row++) {
            GanttChart.Task task = tasks.get(row);
            GanttStatus status = GanttStatus.valueOf(task.status().code());
            String colour = GanttColours.of(status);
            double top = layout.plannedBarTop(row);
            double left = layout.barLeft(task.start());
            double right = layout.barRight(task.deadline());
            double noteX = right;

            svg.start("g");
            svg.text("title", task.name() + "：" + task.start() + " 至 " + task.deadline() + " · " + status.zh()
                    + (task.workingDaysLate() > 0 ? " · 晚于截止日期 " + task.workingDaysLate() + " 个工作日" : ""));
            if (task.workingDaysLate() > 0 && task.knockOn() == null) {
                // the overrun: from the day after the deadline to the (projected) finish
                double overrunRight = layout.barRight(task.projectedFinish());
                svg.leaf("rect", "x", right - 2, "y", top, "width", overrunRight - right + 2,
                        "height", GanttLayout.PLANNED_BAR_HEIGHT, "rx", 3, "fill", GanttColours.OVERRUN,
                        "stroke", GanttColours.DELAYED, "stroke-width", 1, "stroke-dasharray", "4 2");
                noteX = overrunRight;
            }
            svg.leaf("rect", "x", left, "y", top, "width", right - left, "height", GanttLayout.PLANNED_BAR_HEIGHT,
                    "rx", 3, "fill", colour);
            if (task.progressPercent() != null && task.progressPercent() > 0) {
                double width = (right - left) * task.progressPercent() / 100.0;
                svg.leaf("rect", "x", left, "y", top + GanttLayout.PLANNED_BAR_HEIGHT - 4, "width", width,
                        "height", 4, "fill", GanttColours.darker(colour));
            }
            if (task.knockOn() != null) {
                double projectedLeft = layout.barLeft(task.projectedStart());
                double projectedRight = layout.barRight(task.projectedFinish());
                svg.leaf("rect", "x", projectedLeft, "y", layout.projectedBarTop(row), "width", projectedRight - projectedLeft,
                        "height", GanttLayout.PROJECTED_BAR_HEIGHT, "rx", 2, "fill", GanttColours.PROJECTED,
                        "stroke", GanttColours.PROJECTED_EDGE, "stroke-width", 1, "stroke-dasharray", "3 2");
                noteX = Math.max(noteX, projectedRight);
            }
            svg.end("g");
            note(svg, task, names, noteX + 6, top + 13);
        }
    }

    /** What the bar means in words, right of it: how late, or who pushes it. */
    private static void note(Svg svg, GanttChart.Task task, Map<String, String> names, double x, double baseline) {
        if (task.knockOn() != null) {
            String text = "受" + task.knockOn().pushedBy().stream().map(names::get).collect(Collectors.joining("、"))
                    + "延误顺延 " + task.knockOn().workingDaysPushed() + " 个工作日";
            svg.text("text", text, "x", x, "y", baseline, "font-size", 11, "fill", GanttColours.PROJECTED_EDGE);
        } else if (task.overdue()) {
            svg.text("text", "延期 " + task.workingDaysLate() + " 个工作日", "x", x, "y", baseline, "font-size", 11,
                    "font-weight", "bold", "fill", GanttColours.DELAYED);
        } else if (task.workingDaysLate() > 0) {
            svg.text("text", "晚完成 " + task.workingDaysLate() + " 个工作日", "x", x, "y", baseline, "font-size", 11,
                    "fill", GanttColours.DELAYED);
        }
    }

    private static void todayLine(Svg svg, GanttChart chart, GanttLayout layout) {
        double x = layout.xOf(chart.now(), ZoneId.of(chart.zone()));
        double top = layout.headerTop() + GanttLayout.MONTH_ROW;
        svg.leaf("line", "x1", x, "y1", top, "x2", x, "y2", layout.rowsBottom(), "stroke", GanttColours.TODAY,
                "stroke-width", 2);
        svg.leaf("rect", "x", x - 26, "y", layout.rowsBottom() + 1, "width", 52, "height", 16, "rx", 3,
                "fill", GanttColours.TODAY);
        svg.text("text", "今天 " + chart.today().format(MONTH_DAY), "x", x, "y", layout.rowsBottom() + 13,
                "text-anchor", "middle", "font-size", 10, "fill", GanttColours.BACKGROUND);
    }

    private static void legend(Svg svg, GanttLayout layout) {
        double y = layout.legendTop() + 14;
        double x = GanttLayout.MARGIN;
        for (GanttStatus status : GanttStatus.values()) {
            x = legendItem(svg, x, y, GanttColours.of(status), null, status.zh());
        }
        x = legendItem(svg, x, y, GanttColours.OVERRUN, GanttColours.DELAYED, "超期（截止日至预计完成）");
        legendItem(svg, x, y, GanttColours.PROJECTED, GanttColours.PROJECTED_EDGE, "预计（受前置任务延误顺延）");
        y += 24;
        x = GanttLayout.MARGIN;
        x = legendItem(svg, x, y, GanttColours.WEEKEND, null, "周末");
        x = legendItem(svg, x, y, GanttColours.HOLIDAY, null, "法定节假日（休）");
        x = legendItem(svg, x, y, GanttColours.MAKE_UP_WORKING_DAY, null, "调休上班日（班）");
        svg.leaf("line", "x1", x, "y1", y - 10, "x2", x, "y2", y + 4, "stroke", GanttColours.TODAY, "stroke-width", 2);
        svg.text("text", "今天", "x", x + 6, "y", y, "font-size", 11, "fill", GanttColours.TEXT);
        x += 50;
        svg.leaf("path", "d", "M" + Svg.number(x) + "," + Svg.number(y - 4) + " h24", "stroke", GanttColours.LINK,
                "stroke-width", 1.5, "marker-end", "url(#arrow)");
        svg.text("text", "前置任务完成后开始", "x", x + 30, "y", y, "font-size", 11, "fill", GanttColours.TEXT);
    }

    private static double legendItem(Svg svg, double x, double y, String fill, String stroke, String label) {
        svg.leaf("rect", "x", x, "y", y - 10, "width", 22, "height", 12, "rx", 2, "fill", fill,
                "stroke", stroke == null ? GanttColours.GRID : stroke, "stroke-width", 1);
        svg.text("text", label, "x", x + 28, "y", y, "font-size", 11, "fill", GanttColours.TEXT);
        return x + 28 + label.codePointCount(0, label.length()) * 11.5 + 18;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
