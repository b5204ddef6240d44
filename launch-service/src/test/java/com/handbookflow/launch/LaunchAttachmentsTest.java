package com.handbookflow.launch;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static com.handbookflow.launch.LaunchFixtures.apply;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table 1's market research and competitor analysis are real files, kept with the launch and in its archive. */
@QuarkusTest
class LaunchAttachmentsTest extends OnAMondayMorning {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Title (市场调研) >> endobj\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

    private static final String BOUNDARY = "launch-attachment-boundary";

    /** A multipart body as a browser sends it: the file's name in UTF-8 (RestAssured would send it in Latin-1). */
    private static byte[] browserUpload(String fileName, byte[] content, String type, String slot) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"slot\"\r\n\r\n" + slot + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static RequestSpecification as(String user, String department) {
        return given().auth().oauth2(Tokens.named(user, user, department, Role.STAFF));
    }

    @Test
    void the_market_research_uploaded_with_the_application_is_listed_and_travels_in_the_archive() throws IOException {
        String number = apply();
        as("u3001", "marketing").contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(browserUpload("市场调研报告.pdf", PDF, "application/pdf", "market-research"))
                .post("/api/v1/launches/{number}/attachments", number).then().statusCode(201)
                .body("fileName", equalTo("市场调研报告.pdf"))
                .body("slot", equalTo("market-research"));
        as("u5001", "finance").get("/api/v1/launches/{number}/attachments", number).then().statusCode(200)
                .body("totalItems", equalTo(1));

        Map<String, String> entries = LaunchArchiveTest.unzip(given().get("/api/v1/launches/{number}/archive", number)
                .then().statusCode(200).extract().asByteArray());
        String inZip = entries.get(number + "/attachments/market-research/市场调研报告.pdf");
        assertArrayEquals(PDF, inZip.getBytes(StandardCharsets.UTF_8));
        assertTrue(entries.get(number + "/index.html").contains("attachments/market-research/市场调研报告.pdf"));
    }

    @Test
    void a_program_disguised_as_a_pdf_is_refused_and_nothing_is_stored() {
        String number = apply();
        byte[] program = Arrays.copyOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 64);
        as("u3001", "marketing").multiPart("file", "竞品分析.pdf", program, "application/pdf")
                .post("/api/v1/launches/{number}/attachments", number).then().statusCode(415)
                .contentType(containsString("application/problem+json"));
        given().get("/api/v1/launches/{number}/attachments", number).then().body("totalItems", equalTo(0));
    }

    @Test
    void an_oversized_file_is_refused_with_the_limit_and_nothing_is_stored() {
        String number = apply();
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        as("u3001", "marketing").multiPart("file", "competitors.txt", big, "text/plain")
                .post("/api/v1/launches/{number}/attachments", number).then().statusCode(413)
                .body("type", containsString("attachment-too-large"));
        given().get("/api/v1/launches/{number}/attachments", number).then().body("totalItems", equalTo(0));
    }

    @Test
    void a_department_not_working_on_the_active_node_may_read_the_files_but_not_add_any() {
        String number = apply();
        as("u5001", "finance").multiPart("file", "budget.txt", "预算".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/launches/{number}/attachments", number).then().statusCode(403);
        as("u6001", "design").get("/api/v1/launches/{number}/attachments", number).then().statusCode(404);
    }
}
