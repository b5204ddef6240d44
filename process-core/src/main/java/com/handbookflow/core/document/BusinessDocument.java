package com.handbookflow.core.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A document a process produces (登记表, 方案, 确认函, 归档表, 报告) as content: titled sections of labelled
 * fields and tables, in Chinese and English. Served as JSON and rendered for print by
 * {@link HtmlDocumentRenderer}, so a scenario builds the content once and never writes markup.
 */
@Schema(name = "BusinessDocument", description = "A process document as content / 流程文档内容")
public record BusinessDocument(
        @Schema(example = "registration-form") String kind,
        @Schema(example = "客户投诉登记表") String titleZh,
        @Schema(example = "Complaint registration form") String titleEn,
        @Schema(description = "The business object it belongs to / 所属业务编号", example = "TS20260930-0001") String number,
        @Schema(description = "The reference the node output names / 节点输出引用", example = "complaint:TS20260930-0001/registration-form") String reference,
        List<Section> sections) {

    @Schema(name = "DocumentSection", description = "A section: labelled fields, or a table / 文档章节")
    public record Section(@Schema(example = "投诉信息") String headingZh, @Schema(example = "Complaint") String headingEn,
                          List<Field> fields, Table table) {

        public static Section of(String headingZh, String headingEn, List<Field> fields) {
            return new Section(headingZh, headingEn, fields, null);
        }

        public static Section table(String headingZh, String headingEn, Table table) {
            return new Section(headingZh, headingEn, List.of(), table);
        }
    }

    /** One labelled value, already in the words a reader reads (labels of codes, local times). */
    @Schema(name = "DocumentField")
    public record Field(@Schema(example = "投诉人") String labelZh, @Schema(example = "Complainant") String labelEn,
                        @Schema(example = "王芳") String value) {
    }

    @Schema(name = "DocumentTable")
    public record Table(List<Field> columns, List<List<String>> rows) {
    }

    /** A field, its value shown as "-" when absent. */
    public static Field field(String labelZh, String labelEn, Object value) {
        return new Field(labelZh, labelEn, value == null || value.toString().isBlank() ? "-" : value.toString());
    }

    /** A column heading of a table. */
    public static Field column(String labelZh, String labelEn) {
        return new Field(labelZh, labelEn, null);
    }
}
