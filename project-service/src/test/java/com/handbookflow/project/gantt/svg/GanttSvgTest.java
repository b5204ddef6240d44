package com.handbookflow.project.gantt.svg;

import com.handbookflow.project.gantt.GanttChart;
import com.handbookflow.project.gantt.GanttInput;
import com.handbookflow.project.gantt.HandbookCampaign;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.handbookflow.project.gantt.HandbookCampaign.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVG as a document: well formed whatever the task names, labelled in Chinese, fonts named. */
class GanttSvgTest {

    private final GanttSvgRenderer renderer = new GanttSvgRenderer();

    @Test
    void a_task_name_with_markup_and_control_characters_is_shown_as_typed_and_the_document_stays_well_formed() throws Exception {
        String name = "<b>方</b>&\"案\"\u0007";
        GanttChart chart = charts(clockAt(NOW)).chartOf(project(campaignPlan().name(name)));

        Document svg = parse(renderer.render(chart));

        assertTrue(texts(svg).contains("<b>方</b>&\"案\""), "shown as typed, the bell character dropped: " + texts(svg));
    }

    @Test
    void the_picture_is_labelled_in_chinese_and_names_cjk_fonts_first() throws Exception {
        Document svg = parse(renderer.render(HandbookCampaign.chart()));

        assertEquals("zh-CN", svg.getDocumentElement().getAttribute("xml:lang"));
        assertTrue(svg.getDocumentElement().getAttribute("font-family").startsWith("'Noto Sans CJK SC'"));
        List<String> texts = texts(svg);
        for (String label : List.of("活动策划方案", "宣传物料设计", "活动页面技术开发", "市场部 · 张三 · 09-24 完成",
                "已完成", "延期", "待执行", "国庆节 休", "中秋节 休", "班", "今天 10-09", "延期 2 个工作日",
                "受宣传物料设计延误顺延 2 个工作日", "调休上班日（班）", "法定节假日（休）")) {
            assertTrue(texts.contains(label), "the picture shows " + label + "; it shows " + texts);
        }
    }

    @Test
    void a_long_name_is_cut_in_the_label_column_and_whole_in_its_tooltip() throws Exception {
        String name = "活动页面技术开发与多端适配及性能优化";
        Document svg = parse(renderer.render(charts(clockAt(NOW)).chartOf(project(campaignPlan().name(name)))));

        List<String> texts = texts(svg);
        assertTrue(texts.contains("活动页面技术开发与多端适…"));
        assertTrue(titles(svg).contains(name));
    }

    @Test
    void a_project_without_tasks_says_so() throws Exception {
        GanttChart chart = charts(clockAt(NOW)).chartOf(new GanttInput(NUMBER, NAME, List.of()));

        assertTrue(texts(parse(renderer.render(chart))).contains("暂无任务"));
    }

    @Test
    void coordinates_are_written_without_locale_or_exponent() {
        assertEquals("12", Svg.number(12.0));
        assertEquals("12.5", Svg.number(12.5));
        assertEquals("0.33", Svg.number(1 / 3.0));
        assertEquals("1000000", Svg.number(1e6));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        return contents(svg.getElementsByTagName("text"));
    }

    private static List<String> titles(Document svg) {
        return contents(svg.getElementsByTagName("title"));
    }

    private static List<String> contents(NodeList nodes) {
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            contents.add(nodes.item(i).getTextContent());
        }
        return contents;
    }
}
