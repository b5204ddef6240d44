package com.handbookflow.project.gantt.svg;

import com.handbookflow.project.gantt.GanttChart;
import com.handbookflow.project.gantt.HandbookCampaign;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import static com.handbookflow.project.gantt.HandbookCampaign.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader of the chart sees: the handbook's campaign (see {@link HandbookCampaign}) drawn as
 * SVG, rasterised by Apache Batik, and read back pixel by pixel where the layout puts each thing.
 * The picture is kept as {@code target/gantt/handbook-campaign.png} to look at.
 */
class GanttPictureTest {

    /** Debian's fonts-noto-cjk (.ci/run installs it). */
    static final String CJK_FONT = "Noto Sans CJK SC";

    static GanttChart chart;
    static GanttLayout layout;
    static BufferedImage picture;

    @BeforeAll
    static void draw() throws Exception {
        System.setProperty("java.awt.headless", "true");
        assertTrue(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(CJK_FONT), CJK_FONT + " is not installed: apt-get install -y fonts-noto-cjk (as .ci/run does)");
        chart = HandbookCampaign.chart();
        layout = new GanttLayout(chart);
        String svg = new GanttSvgRenderer().render(chart);

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PNGTranscoder().transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
        Path kept = Path.of("target", "gantt");
        Files.createDirectories(kept);
        Files.write(kept.resolve("handbook-campaign.png"), png.toByteArray());
        Files.writeString(kept.resolve("handbook-campaign.svg"), svg);
        picture = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    }

    @Test
    void the_picture_has_the_size_of_the_layout_one_column_per_day_and_one_row_per_task() {
        assertEquals(28, layout.dayCount(), "Sep 20 .. Oct 17");
        assertEquals(layout.width(), picture.getWidth());
        assertEquals(layout.height(), picture.getHeight());
        assertEquals(GanttLayout.MARGIN + GanttLayout.LABEL_WIDTH + 28 * GanttLayout.DAY_WIDTH, layout.axisRight());
    }

    @Test
    void every_task_has_a_bar_in_its_status_colour_from_its_start_to_its_deadline() {
        assertBar(0, "2026-09-21", "2026-09-24", GanttColours.DONE);
        assertBar(1, "2026-09-28", "2026-09-30", GanttColours.DELAYED);
        assertBar(2, "2026-10-08", "2026-10-14", GanttColours.PENDING);
    }

    @Test
    void the_delayed_task_is_red_exactly_where_it_was_planned_and_its_overrun_reaches_today() {
        int y = plannedBarY(1);
        assertColour(GanttColours.HOLIDAY, middleOf("2026-09-27"), y, "the day before it starts: the Mid-Autumn holiday");
        for (LocalDate day = date("2026-09-28"); !day.isAfter(date("2026-09-30")); day = day.plusDays(1)) {
            assertColour(GanttColours.DELAYED, middleOf(day), y, "planned on " + day);
        }
        for (LocalDate day = date("2026-10-01"); !day.isAfter(date("2026-10-09")); day = day.plusDays(1)) {
            assertColour(GanttColours.OVERRUN, (int) layout.xOf(day) + 5, y, "overrun on " + day);
        }
        assertColour(GanttColours.MAKE_UP_WORKING_DAY, middleOf("2026-10-10"), y, "no bar after today");
    }

    @Test
    void the_pushed_task_shows_where_it_now_lies_below_its_planned_bar() {
        int y = (int) layout.projectedBarTop(2) + 4;
        assertColour(GanttColours.WORKING_DAY_BACKGROUND, middleOf("2026-10-09"), y, "not before Oct 10");
        assertColour(GanttColours.PROJECTED, middleOf("2026-10-10"), y, "projected start: the make-up Saturday");
        assertColour(GanttColours.PROJECTED, middleOf("2026-10-16"), y, "projected finish");
        assertColour(GanttColours.WEEKEND, middleOf("2026-10-17"), y, "nothing after it");
    }

    @Test
    void non_working_days_are_shaded_and_the_make_up_working_days_marked() {
        int y = (int) layout.rowTop(0) + GanttLayout.ROW_HEIGHT - 4;
        assertColour(GanttColours.HOLIDAY, middleOf("2026-10-01"), y, "National Day");
        assertColour(GanttColours.HOLIDAY, middleOf("2026-10-07"), y, "National Day");
        assertColour(GanttColours.WEEKEND, middleOf("2026-10-11"), y, "Sunday");
        assertColour(GanttColours.MAKE_UP_WORKING_DAY, middleOf("2026-10-10"), y, "Saturday worked for National Day");
        assertColour(GanttColours.MAKE_UP_WORKING_DAY, middleOf("2026-09-20"), y, "Sunday worked for National Day");
        assertColour(GanttColours.WORKING_DAY_BACKGROUND, middleOf("2026-10-08"), y, "an ordinary working day");
        int badgeY = layout.headerTop() + GanttLayout.MONTH_ROW + GanttLayout.DAY_ROW + 8;
        assertColour(GanttColours.MAKE_UP_BADGE, middleOf("2026-10-10") - 7, badgeY, "the 班 badge, left of the glyph");
    }

    @Test
    void the_today_line_stands_in_todays_column() {
        int x = (int) Math.floor(layout.xOf(chart.now(), HandbookCampaign.SHANGHAI));
        assertTrue(x > layout.xOf(date("2026-10-09")) && x < layout.xOf(date("2026-10-10")));
        assertColour(GanttColours.TODAY, x, (int) layout.rowTop(0) + GanttLayout.ROW_HEIGHT - 4, "today line");
    }

    @Test
    void chinese_labels_are_drawn_as_glyphs_not_as_empty_boxes() {
        // 活动策划方案 and 宣传物料设计 have six characters each: drawn without a CJK font both would
        // be six identical "tofu" boxes (or nothing); drawn with one they are ink, and different ink
        int[][] first = labelInk(0);
        int[][] second = labelInk(1);
        assertTrue(inked(first) > 150, "the label of row 1 has ink: " + inked(first));
        assertTrue(inked(second) > 150, "the label of row 2 has ink: " + inked(second));
        assertFalse(Arrays.deepEquals(first, second), "two different names look alike: the font has no CJK glyphs");
    }

    private void assertBar(int row, String start, String deadline, String colour) {
        int y = plannedBarY(row);
        assertColour(colour, (int) layout.barLeft(date(start)) + 3, y, "row " + row + " starts " + start);
        assertColour(colour, (int) layout.barRight(date(deadline)) - 3, y, "row " + row + " ends " + deadline);
        assertFalse(matches(colour, picture.getRGB((int) layout.barLeft(date(start)) - 4, y)),
                "row " + row + " has nothing before " + start);
    }

    /** Above the progress strip at the bar's foot. */
    private int plannedBarY(int row) {
        return (int) layout.plannedBarTop(row) + 5;
    }

    private int middleOf(String date) {
        return middleOf(date(date));
    }

    private int middleOf(LocalDate date) {
        return (int) (layout.xOf(date) + GanttLayout.DAY_WIDTH / 2.0);
    }

    /** Darkness per pixel of the task name in the label column, 0 (white) .. 255 (black). */
    private int[][] labelInk(int row) {
        int top = (int) layout.rowTop(row) + 4;
        int[][] ink = new int[18][110];
        for (int dy = 0; dy < ink.length; dy++) {
            for (int dx = 0; dx < ink[dy].length; dx++) {
                int rgb = picture.getRGB(GanttLayout.MARGIN + dx, top + dy);
                int grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                ink[dy][dx] = 255 - grey;
            }
        }
        return ink;
    }

    private static long inked(int[][] ink) {
        return Arrays.stream(ink).flatMapToInt(Arrays::stream).filter(v -> v > 128).count();
    }

    private void assertColour(String expected, int x, int y, String what) {
        int actual = picture.getRGB(x, y);
        assertTrue(matches(expected, actual), what + ": expected " + expected + " at (" + x + "," + y + "), found "
                + String.format("#%06X", actual & 0xFFFFFF));
    }

    /** Equal but for rounding in the rasteriser. */
    private static boolean matches(String hex, int actual) {
        int expected = Integer.parseInt(hex.substring(1), 16);
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((expected >> shift) & 0xFF) - ((actual >> shift) & 0xFF)) > 6) {
                return false;
            }
        }
        return true;
    }
}
