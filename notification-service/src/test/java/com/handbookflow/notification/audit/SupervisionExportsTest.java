package com.handbookflow.notification.audit;

import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.testing.Caller;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervising department downloads Q3 2026's violation register, November's audit sample with its
 * findings and Q3's 《流程优化建议表》 as CSV and Excel: Chinese headings, the rows the JSON reads return.
 */
@QuarkusTest
class SupervisionExportsTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> VIOLATION_HEADINGS = List.of("编号 (ID)", "业务编号 (Business number)",
            "流程 (Process)", "节点 (Node)", "责任部门 (Department)", "违规类别 (Category)", "来源 (Source)",
            "说明 (Note)", "发生时间 (Occurred at)", "季度 (Quarter)", "状态 (Status)", "整改时间 (Resolved at)");

    private static final List<String> SAMPLE_HEADINGS = List.of("月份 (Month)", "流程实例 (Instance ID)", "流程 (Process)",
            "业务编号 (Business number)", "结案部门 (Closing department)", "结案时间 (Closed at)", "抽查结论 (Verdict)",
            "违规类别 (Category)", "说明 (Note)", "抽查人 (Auditor)", "抽查时间 (Audited at)",
            "违规归属部门 (Causing department)");

    @Inject
    MutableClock clock;

    @Inject
    AuditSampling sampling;

    @Inject
    EntityManager entityManager;

    @Test
    void the_violation_register_exports_as_csv_and_xlsx_with_chinese_headings_and_the_rows_the_json_returns() {
        try (ScenarioEvents events = new ScenarioEvents()) {
            for (String number : List.of("TS20260715-1", "TS20260715-2")) {
                NodeStateChanged plan = ScenarioEvents.activated(UUID.randomUUID(), number, "PLAN", "logistics", "u9301",
                        shanghai("2026-07-15T09:00"), shanghai("2026-07-17T18:00"), "P2WD");
                events.send(plan);
                events.send(ScenarioEvents.closed(plan, NodeState.SKIPPED, shanghai("2026-07-16T09:00"), Map.of(), List.of(),
                        List.of("handling-plan"), true));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> violationItems().size() >= 2);

        List<List<String>> expected = new ArrayList<>();
        for (Map<String, Object> v : violationItems()) {
            expected.add(cells(v.get("id"), v.get("businessNumber"), v.get("processType"), v.get("nodeKey"),
                    v.get("department"), zh(v.get("category")), zh(v.get("source")), v.get("note"), v.get("occurredAt"),
                    v.get("quarter"), zh(v.get("status")), v.get("resolvedAt")));
        }
        String path = "/api/v1/supervision/violations/export?quarter=2026-Q3&department=logistics";

        List<List<String>> csv = csv(given().get(path).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(
                        "filename*=UTF-8''%E8%BF%9D%E8%A7%84%E8%AE%B0%E5%BD%95-2026-Q3.csv")) // 违规记录-2026-Q3.csv
                .extract().response());
        assertEquals(VIOLATION_HEADINGS, csv.get(0));
        assertEquals(expected, csv.subList(1, csv.size()));

        List<List<String>> xlsx = xlsx(given().get(path + "&format=xlsx").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString(
                        "filename*=UTF-8''%E8%BF%9D%E8%A7%84%E8%AE%B0%E5%BD%95-2026-Q3.xlsx"))
                .extract().response());
        assertEquals(VIOLATION_HEADINGS, xlsx.get(0));
        assertEquals(expected, xlsx.subList(1, xlsx.size()));
    }

    @Test
    void the_audit_sample_exports_with_its_findings_a_note_with_comma_and_quotes_quoted_per_rfc_4180() {
        try (ScenarioEvents events = new ScenarioEvents()) {
            for (int i = 0; i < 3; i++) {
                events.send(ScenarioEvents.caseEnded("complaint", UUID.randomUUID(), "TS202611-" + i, "customer-service",
                        shanghai("2026-11-10T10:00").plusSeconds(i)));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> closedCasesOf("2026-11") >= 3);
        clock.setShanghai("2026-12-01T09:00");
        sampling.drawDue();
        String audited = given().get("/api/v1/supervision/audits/2026-11").then().statusCode(200)
                .extract().path("[0].instanceId");
        String note = "处理方案与实际执行不一致, 客户称\"未回访\"";
        given().contentType(ContentType.JSON).body(Map.of("verdict", "VIOLATION", "category", "DOCUMENT_MISMATCH",
                        "note", note, "department", "product"))
                .post("/api/v1/supervision/audits/2026-11/cases/{id}/finding", audited).then().statusCode(200);

        List<Map<String, Object>> sample = given().get("/api/v1/supervision/audits/2026-11").then().statusCode(200)
                .extract().jsonPath().getList("");
        List<List<String>> expected = new ArrayList<>();
        for (Map<String, Object> c : sample) {
            expected.add(cells(c.get("month"), c.get("instanceId"), c.get("processType"), c.get("businessNumber"),
                    c.get("department"), c.get("closedAt"), zh(c.get("verdict")), zh(c.get("category")), c.get("note"),
                    c.get("auditor"), c.get("auditedAt"), c.get("causingDepartment")));
        }

        Response csvResponse = given().get("/api/v1/supervision/audits/2026-11/export?format=csv").then().statusCode(200)
                .extract().response();
        assertTrue(new String(csvResponse.asByteArray(), StandardCharsets.UTF_8)
                .contains("\"处理方案与实际执行不一致, 客户称\"\"未回访\"\"\""), "quoted, inner quotes doubled");
        List<List<String>> csv = csv(csvResponse);
        assertEquals(SAMPLE_HEADINGS, csv.get(0));
        assertEquals(expected, csv.subList(1, csv.size()));
        assertTrue(csv.stream().anyMatch(row -> row.contains(note) && row.contains("违规") && row.contains("文档与实际不符")));

        List<List<String>> xlsx = xlsx(given().get("/api/v1/supervision/audits/2026-11/export?format=xlsx").then()
                .statusCode(200).contentType(XLSX).extract().response());
        assertEquals(SAMPLE_HEADINGS, xlsx.get(0));
        assertEquals(expected, xlsx.subList(1, xlsx.size()));
    }

    @Test
    void the_optimisation_form_exports_one_line_per_suggestion_with_the_nodes_figures() {
        try (ScenarioEvents events = new ScenarioEvents()) {
            NodeStateChanged verify = ScenarioEvents.activated(UUID.randomUUID(), "TS20260805-1", "VERIFY", "quality",
                    "u9501", shanghai("2026-08-05T09:00"), shanghai("2026-08-07T18:00"), "P2WD");
            events.send(verify);
            events.send(ScenarioEvents.completed(verify, shanghai("2026-08-10T10:00")));
        }
        String row = "rows.find { it.scenario == 'complaint' && it.nodeKey == 'VERIFY' }";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/supervision/reviews/2026-Q3/optimisation-form").then().statusCode(200)
                .body(row + ".completed", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        clock.setShanghai("2026-09-21T10:00");
        String suggestion = "核实节点增加质检抽样标准, 每周复核";
        given().contentType(ContentType.JSON).body(Map.of("processType", "complaint", "nodeKey", "VERIFY",
                        "suggestion", suggestion, "ownerDepartment", "quality", "dueDate", "2026-09-30"))
                .post("/api/v1/supervision/reviews/2026-Q3/suggestions").then().statusCode(201);

        List<Map<String, Object>> rows = given().get("/api/v1/supervision/reviews/2026-Q3/optimisation-form").then()
                .statusCode(200).extract().jsonPath().getList("rows");
        List<List<String>> expected = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> suggestions = (List<Map<String, Object>>) r.get("suggestions");
            if (suggestions == null || suggestions.isEmpty()) {
                expected.add(cells(r.get("scenario"), r.get("nodeKey"), r.get("completed"), r.get("violations"), null, null));
            }
            for (Map<String, Object> s : suggestions == null ? List.<Map<String, Object>>of() : suggestions) {
                expected.add(cells(r.get("scenario"), r.get("nodeKey"), r.get("completed"), r.get("violations"),
                        s.get("suggestion"), s.get("ownerDepartment")));
            }
        }
        // scenario, node, completed, violations, suggestion, owner department
        int[] compared = {0, 1, 2, 9, 10, 11};

        List<List<String>> csv = csv(given().get("/api/v1/supervision/reviews/2026-Q3/optimisation-form/export")
                .then().statusCode(200)
                .header("Content-Disposition", containsString(".csv")).extract().response());
        assertEquals(List.of("场景 (Scenario)", "节点 (Node)", "完成数 (Completed)", "违规数 (Violations)",
                "优化建议 (Suggestion)", "责任部门 (Owner department)"), pick(csv.get(0), compared));
        assertEquals(expected, csv.subList(1, csv.size()).stream().map(r -> pick(r, compared)).toList());
        assertTrue(csv.stream().anyMatch(r -> r.contains(suggestion)));

        List<List<String>> xlsx = xlsx(given().get("/api/v1/supervision/reviews/2026-Q3/optimisation-form/export?format=xlsx")
                .then().statusCode(200).contentType(XLSX).extract().response());
        assertEquals(csv.get(0), xlsx.get(0));
        assertEquals(expected, xlsx.subList(1, xlsx.size()).stream().map(r -> pick(r, compared)).toList());
    }

    @Test
    void a_staff_member_without_supervision_rights_gets_403_problem_json_and_an_unknown_format_400() {
        for (String path : List.of("/api/v1/supervision/violations/export?quarter=2026-Q3&format=xlsx",
                "/api/v1/supervision/audits/2026-11/export", "/api/v1/supervision/reviews/2026-Q3/optimisation-form/export")) {
            Caller.RIGHT_DEPARTMENT.request("logistics").get(path).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/supervision/violations/export?quarter=2026-Q3&format=pdf").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static List<Map<String, Object>> violationItems() {
        return given().queryParam("quarter", "2026-Q3").queryParam("department", "logistics")
                .get("/api/v1/supervision/violations").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private long closedCasesOf(String month) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from closed_case where month = :month")
                .setParameter("month", month).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private static Object zh(Object labeled) {
        return labeled == null ? null : ((Map<String, Object>) labeled).get("zh");
    }

    private static List<String> cells(Object... values) {
        return Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList();
    }

    private static List<String> pick(List<String> row, int[] columns) {
        return Arrays.stream(columns).mapToObj(row::get).toList();
    }

    /** Reads RFC 4180 CSV after checking the UTF-8 byte order mark. */
    private static List<List<String>> csv(Response response) {
        byte[] bytes = response.asByteArray();
        assertTrue(bytes.length > 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF,
                "starts with the UTF-8 byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertFalse(rows.isEmpty());
        return rows;
    }

    /** Reads the single sheet back with POI, every cell as it displays; checks the header row is bold. */
    private static List<List<String>> xlsx(Response response) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            int width = sheet.getRow(0).getLastCellNum();
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(),
                    "the header row is bold");
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
