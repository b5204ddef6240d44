package com.handbookflow.core.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document prints as one page with Chinese headings, its values escaped and its line breaks kept. */
class HtmlDocumentRendererTest {

    private static final BusinessDocument FORM = new BusinessDocument("registration-form", "客户投诉登记表",
            "Complaint registration form", "TS20260930-0001", "complaint:TS20260930-0001/registration-form", List.of(
            BusinessDocument.Section.of("投诉信息", "Complaint", List.of(
                    BusinessDocument.field("问题描述", "Description", "冰箱未送达\n<img src=x onerror=alert(1)>"),
                    BusinessDocument.field("联系方式", "Contact", null))),
            BusinessDocument.Section.table("改进措施", "Improvement measures", new BusinessDocument.Table(
                    List.of(BusinessDocument.column("措施", "Measure")), List.of(List.of("约定时效 & 赔付"))))));

    @Test
    void a_document_renders_with_its_chinese_title_and_headings_and_english_beneath() {
        String html = HtmlDocumentRenderer.render(FORM);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<h1>客户投诉登记表</h1>"));
        assertTrue(html.contains("<h2>投诉信息 <span class=\"en\">Complaint</span></h2>"));
        assertTrue(html.contains("<meta charset=\"UTF-8\">"));
    }

    @Test
    void values_are_escaped_line_breaks_kept_and_absent_values_shown_as_a_dash() {
        String html = HtmlDocumentRenderer.render(FORM);
        assertTrue(html.contains("冰箱未送达<br>&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("<td>-</td>"));
        assertTrue(html.contains("<td>约定时效 &amp; 赔付</td>"));
    }

    @Test
    void the_page_loads_nothing_from_elsewhere_and_runs_no_script() {
        String html = HtmlDocumentRenderer.render(FORM);
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("http"));
    }
}
