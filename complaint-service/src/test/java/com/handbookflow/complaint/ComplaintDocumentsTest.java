package com.handbookflow.complaint;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static com.handbookflow.complaint.ComplaintFixtures.acknowledgeAndRegister;
import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.agent;
import static com.handbookflow.complaint.ComplaintFixtures.as;
import static com.handbookflow.complaint.ComplaintFixtures.assigned;
import static com.handbookflow.complaint.ComplaintFixtures.closed;
import static com.handbookflow.complaint.ComplaintFixtures.closure;
import static com.handbookflow.complaint.ComplaintFixtures.form;
import static com.handbookflow.complaint.ComplaintFixtures.handledAndConfirmed;
import static com.handbookflow.complaint.ComplaintFixtures.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Documents are content, not only references: the registration form, plan, confirmation letter, archive
 * form and improvement report can be fetched as JSON and as a printable page; files (photos, call
 * recordings) can be added to a complaint within size and type limits.
 */
@QuarkusTest
class ComplaintDocumentsTest extends OnAMondayMorning {

    private static final byte[] PNG = Arrays.copyOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 64);

    private static String field(String number, String kind, String label) {
        return given().accept("application/json").get("/api/v1/complaints/{n}/documents/{k}", number, kind).then()
                .statusCode(200).extract().path("sections.fields.flatten().find { it.labelZh == '" + label + "' }.value");
    }

    @Test
    void the_registration_form_is_a_document_once_registered_as_json_and_as_a_printable_page() {
        Map<String, Object> body = new HashMap<>(form("LOGISTICS_DELAY", "URGENT"));
        body.put("description", "冰箱未送达 <script>alert(1)</script>");
        String number = agent().body(body).post("/api/v1/complaints").then().statusCode(201).extract().path("number");
        given().get("/api/v1/complaints/{n}/documents/registration-form", number).then().statusCode(404)
                .contentType("application/problem+json");

        acknowledgeAndRegister(number);
        given().accept("application/json").get("/api/v1/complaints/{n}/documents/registration-form", number).then()
                .statusCode(200).contentType("application/json")
                .body("titleZh", equalTo("客户投诉登记表"))
                .body("reference", equalTo("complaint:" + number + "/registration-form"));
        assertField(number, "registration-form", "投诉人", "王芳");
        assertField(number, "registration-form", "紧急程度", "紧急（24小时内处理）");
        assertField(number, "registration-form", "投诉日期", "2026-09-07 09:00");

        given().accept("text/html").get("/api/v1/complaints/{n}/documents/registration-form", number).then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1>客户投诉登记表</h1>"))
                .body(containsString("冰箱未送达 &lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>")));
    }

    @Test
    void a_reader_without_the_right_to_personal_data_gets_the_form_without_them() {
        String number = receive("LOGISTICS_DELAY", "GENERAL");
        acknowledgeAndRegister(number);
        String leaderView = given().auth().oauth2(Tokens.of("vp", "operations", Role.LEADER)).accept("application/json")
                .get("/api/v1/complaints/{n}/documents/registration-form", number).then().statusCode(200)
                .extract().path("sections.fields.flatten().find { it.labelZh == '投诉人' }.value");
        org.junit.jupiter.api.Assertions.assertEquals("-", leaderView);
    }

    @Test
    void plan_confirmation_improvement_report_and_archive_form_follow_the_acts_that_produce_them() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "MAJOR");
        given().get("/api/v1/complaints/{n}/documents/handling-plan", number).then().statusCode(404);

        handledAndConfirmed(number, "SATISFIED");
        assertField(number, "handling-plan", "处理措施", "退款、道歉");
        assertField(number, "handling-plan", "满足的分级标准", "影响品牌声誉（媒体、消费者协会、社交平台）");
        assertField(number, "customer-confirmation", "满意度", "满意");
        given().get("/api/v1/complaints/{n}/documents/improvement-report", number).then().statusCode(404);
        given().get("/api/v1/complaints/{n}/documents/archive-form", number).then().statusCode(404);

        act(number, "cause-analysis", closure("COURIER", "迅达快递", "2026-09-30")).statusCode(200);
        assertField(number, "improvement-report", "根因类别", "快递/承运商");
        given().accept("application/json").get("/api/v1/complaints/{n}/documents/improvement-report", number).then()
                .body("sections[1].table.rows[0][1]", equalTo("约定大件时效并加入延误赔付条款。"));
        given().get("/api/v1/complaints/{n}/documents/archive-form", number).then().statusCode(404);

        act(number, "closure", null).statusCode(200);
        given().accept("application/json").get("/api/v1/complaints/{n}/documents/archive-form", number).then()
                .statusCode(200).body("titleZh", equalTo("投诉处理归档表"))
                .body("sections.find { it.headingZh == '节点记录' }.table.rows.collect { it[0] }",
                        hasItem("闭环归档与复盘"));
    }

    @Test
    void an_unknown_document_is_refused_naming_the_known_ones() {
        String number = receive("LOGISTICS_DELAY", "GENERAL");
        given().get("/api/v1/complaints/{n}/documents/invoice", number).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"))
                .body("detail", containsString("archive-form"));
    }

    @Test
    void a_photo_is_attached_by_customer_service_and_read_by_the_responsible_department() {
        String number = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");
        agent().contentType("multipart/form-data").multiPart("file", "damage.png", PNG, "image/png")
                .multiPart("slot", "photo")
                .post("/api/v1/complaints/{n}/attachments", number).then().statusCode(201)
                .body("slot", equalTo("photo")).body("size", equalTo(64));
        as("u2001", "刘洋", "product").get("/api/v1/complaints/{n}/attachments", number).then().statusCode(200)
                .body("totalItems", equalTo(1));
        as("u6001", "王", "design").get("/api/v1/complaints/{n}/attachments", number).then().statusCode(404);
        as("u6001", "王", "design").contentType("multipart/form-data").multiPart("file", "x.png", PNG, "image/png")
                .post("/api/v1/complaints/{n}/attachments", number).then().statusCode(404);
    }

    @Test
    void a_file_of_another_type_or_over_the_limit_is_refused_and_nothing_is_stored() {
        String number = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");
        byte[] program = Arrays.copyOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 64);
        agent().contentType("multipart/form-data").multiPart("file", "录音.mp3", program, "audio/mpeg")
                .post("/api/v1/complaints/{n}/attachments", number).then().statusCode(415)
                .contentType(containsString("application/problem+json"));
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        agent().contentType("multipart/form-data").multiPart("file", "notes.txt", big, "text/plain")
                .post("/api/v1/complaints/{n}/attachments", number).then().statusCode(413)
                .body("type", containsString("attachment-too-large"));
        given().get("/api/v1/complaints/{n}/attachments", number).then().body("totalItems", equalTo(0));
    }

    @Test
    void a_closed_complaint_takes_no_more_files() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        handledAndConfirmed(number, "SATISFIED");
        closed(number, closure("COURIER", "迅达快递", "2026-09-30")).statusCode(200);
        agent().contentType("multipart/form-data").multiPart("file", "late.png", PNG, "image/png")
                .post("/api/v1/complaints/{n}/attachments", number).then().statusCode(409)
                .body("type", containsString("complaint-closed"));
    }

    private static void assertField(String number, String kind, String label, String expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, field(number, kind, label), kind + " " + label);
    }
}
