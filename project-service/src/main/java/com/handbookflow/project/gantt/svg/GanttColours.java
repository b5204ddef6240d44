package com.handbookflow.project.gantt.svg;

import com.handbookflow.project.gantt.GanttStatus;

/** The chart's palette: one colour per status (the legend and the notes say the same in words). */
public final class GanttColours {

    public static final String PENDING = "#8C99A6";
    public static final String IN_PROGRESS = "#2F80ED";
    public static final String DONE = "#2B9A4A";
    public static final String DELAYED = "#E03131";
    /** Past the deadline: from the deadline to the (projected) finish. */
    public static final String OVERRUN = "#F6B0B0";
    /** Where a pending task lies now that late predecessors push it. */
    public static final String PROJECTED = "#FFD8A8";
    public static final String PROJECTED_EDGE = "#E8590C";
    public static final String WEEKEND = "#ECEFF3";
    public static final String HOLIDAY = "#FBE0DE";
    public static final String MAKE_UP_WORKING_DAY = "#FFF0B3";
    public static final String MAKE_UP_BADGE = "#E67700";
    public static final String HOLIDAY_BADGE = "#C92A2A";
    public static final String TODAY = "#7048E8";
    public static final String LINK = "#6C757D";
    public static final String GRID = "#E3E6EA";
    public static final String TEXT = "#212529";
    public static final String MUTED_TEXT = "#6C757D";
    public static final String BACKGROUND = "#FFFFFF";
    /** Ordinary working days are not shaded. */
    public static final String WORKING_DAY_BACKGROUND = BACKGROUND;

    private GanttColours() {
    }

    public static String of(GanttStatus status) {
        return switch (status) {
            case PENDING -> PENDING;
            case IN_PROGRESS -> IN_PROGRESS;
            case DONE -> DONE;
            case DELAYED -> DELAYED;
        };
    }

    /** A darker shade of the bar colour, for the progress strip inside it. */
    static String darker(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (int) (((rgb >> 16) & 0xFF) * 0.6);
        int g = (int) (((rgb >> 8) & 0xFF) * 0.6);
        int b = (int) ((rgb & 0xFF) * 0.6);
        return String.format("#%02X%02X%02X", r, g, b);
    }
}
