package com.handbookflow.core.attachment;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AttachmentsTest {

    private static final String PDF = "application/pdf";
    private static final int KB = 1024;

    private static final String BOUNDARY = "----handbook-flow-test-boundary";

    @Inject
    EntityManager entityManager;

    @Inject
    MutableClock clock;

    @Test
    void a_market_research_report_is_stored_listed_and_downloaded_byte_for_byte() throws Exception {
        clock.setShanghai("2026-09-30T09:12");
        String folder = newFolder();
        byte[] report = pdf(700 * KB); // over the 512 KB that every other request is held to
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(report));

        String location = upload(folder, "市场调研报告 2026.pdf", report, PDF, "market-research",
                Tokens.named("u2001", "李娜", "product", Role.STAFF))
                .then().statusCode(201)
                .body("fileName", equalTo("市场调研报告 2026.pdf"))
                .body("slot", equalTo("market-research"))
                .body("contentType", equalTo(PDF))
                .body("size", equalTo(report.length))
                .body("sha256", equalTo(sha256))
                .body("uploadedBy.userId", equalTo("u2001"))
                .body("uploadedBy.name", equalTo("李娜"))
                .body("uploadedAt", equalTo("2026-09-30T01:12:00Z"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().get("/api/v1/test-folders/{folder}/attachments", folder).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].downloadPath", equalTo("/api/v1/test-folders/" + folder + "/attachments/" + id + "/content"));

        Response download = given().get("/api/v1/test-folders/{folder}/attachments/{id}/content", folder, id);
        download.then().statusCode(200)
                .contentType(PDF)
                .header("Content-Length", String.valueOf(report.length))
                .header("Content-Disposition", containsString(
                        "filename*=UTF-8''%E5%B8%82%E5%9C%BA%E8%B0%83%E7%A0%94%E6%8A%A5%E5%91%8A%202026.pdf"))
                .header("ETag", "\"" + sha256 + "\"")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)));
        assertArrayEquals(report, download.asByteArray());

        given().header("If-None-Match", "\"" + sha256 + "\"")
                .get("/api/v1/test-folders/{folder}/attachments/{id}/content", folder, id)
                .then().statusCode(304);
    }

    @Test
    void a_file_over_the_attachment_limit_is_refused_with_413_and_nothing_is_stored() {
        String folder = newFolder();
        upload(folder, "test-report.pdf", pdf(1024 * KB + 1), PDF, "test-report", Tokens.admin())
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/attachment-too-large"))
                .body("titleZh", equalTo("附件过大"))
                .body("maxSize", equalTo(1024 * KB));
        assertEquals(0, attachmentsOf(folder));
    }

    @Test
    void an_upload_far_over_the_limit_is_refused_from_its_declared_length_before_it_is_read() {
        String folder = newFolder();
        upload(folder, "launch-plan.pdf", pdf(3 * 1024 * KB), PDF, null, Tokens.admin())
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/request-too-large"))
                .body("maxSize", equalTo(1024 * KB + 64 * KB));
        assertEquals(0, attachmentsOf(folder));
    }

    @Test
    void a_chunked_upload_over_the_limit_is_cut_off_while_it_is_read_and_nothing_is_stored() {
        String folder = newFolder();
        // RestAssured streams a multipart body without a length, as some HTTP clients do
        given().multiPart("file", "launch-plan.pdf", pdf(3 * 1024 * KB), PDF)
                .post("/api/v1/test-folders/{folder}/attachments", folder)
                .then().statusCode(413);
        assertEquals(0, attachmentsOf(folder));
    }

    @Test
    void a_json_body_over_512_kb_is_still_refused_although_uploads_may_be_larger() {
        given().contentType(ContentType.JSON).body("{\"comment\": \"" + "x".repeat(600 * KB) + "\"}")
                .post("/api/v1/test-folders/{folder}/attachments", newFolder())
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("maxSize", equalTo(512 * KB));
    }

    @Test
    void a_program_renamed_to_pdf_is_refused_naming_the_allowed_types() {
        String folder = newFolder();
        byte[] program = new byte[4 * KB];
        program[0] = 'M';
        program[1] = 'Z';
        upload(folder, "competitor-analysis.pdf", program, PDF, "competitor-analysis", Tokens.admin())
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", endsWith("/attachment-type-not-allowed"))
                .body("allowedTypes", hasItem(PDF))
                .body("detail", containsString("its content is not application/pdf"));
        assertEquals(0, attachmentsOf(folder));
    }

    @Test
    void a_type_not_on_the_allow_list_is_refused() {
        upload(newFolder(), "setup.exe", "not really a program".getBytes(StandardCharsets.UTF_8),
                "application/x-msdownload", null, Tokens.admin())
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("allowedTypes", hasItem("audio/mpeg"));
    }

    @Test
    void a_file_declared_as_octet_stream_takes_the_type_its_extension_names() {
        upload(newFolder(), "通话录音.wav", wav(), "application/octet-stream", "call-recording", Tokens.admin())
                .then().statusCode(201)
                .body("contentType", equalTo("audio/wav"));
    }

    @Test
    void an_empty_file_is_refused() {
        upload(newFolder(), "empty.txt", new byte[0], "text/plain", null, Tokens.admin())
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/attachment-empty"));
    }

    @Test
    void an_upload_without_its_file_part_is_refused_saying_how_to_send_it() {
        String folder = newFolder();
        byte[] slotOnly = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"slot\"\r\n\r\nlaunch-plan\r\n--"
                + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(Tokens.admin()).contentType("multipart/form-data; boundary=" + BOUNDARY).body(slotOnly)
                .post("/api/v1/test-folders/{folder}/attachments", folder)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://handbookflow.com/problems/attachment-missing"))
                .body("title", equalTo("No file"))
                .body("titleZh", equalTo("缺少文件"))
                .body("detail", equalTo("Send the file as the multipart/form-data part named 'file'."))
                .body("detailZh", equalTo("请以 multipart/form-data 中名为 file 的部分上传文件。"))
                .body("errors", nullValue());
        assertEquals(0, attachmentsOf(folder));
    }

    @Test
    void an_uploader_whose_name_is_longer_than_its_column_is_refused_naming_the_claim() {
        String folder = newFolder();
        upload(folder, "plan.pdf", pdf(KB), PDF, null, Tokens.named("u2001", "李".repeat(129), "product", Role.STAFF))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://handbookflow.com/problems/invalid-input"))
                .body("title", equalTo("Invalid input"))
                .body("titleZh", equalTo("输入无效"))
                .body("errors[0].field", equalTo("token.name"))
                .body("errors[0].message", equalTo("must be at most 128 characters, has 129"))
                .body("detailZh", equalTo("token.name：最多 128 个字符，实际 129 个"));
        assertEquals(0, attachmentsOf(folder));
    }

    @Test
    void a_file_name_is_kept_without_its_directories_or_control_characters() {
        upload(newFolder(), "C:\\Users\\李娜\\..\\测试\u0007报告.txt", "通过".getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8", null, Tokens.admin())
                .then().statusCode(201)
                .body("fileName", equalTo("测试_报告.txt"))
                .body("contentType", equalTo("text/plain"));
    }

    @Test
    void without_a_token_attachments_can_be_neither_listed_nor_uploaded() {
        String folder = newFolder();
        given().auth().none().get("/api/v1/test-folders/{folder}/attachments", folder)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().none().multiPart("file", "plan.pdf", pdf(KB), PDF)
                .post("/api/v1/test-folders/{folder}/attachments", folder)
                .then().statusCode(401).contentType("application/problem+json");
        assertEquals(0, attachmentsOf(folder));
    }

    @Test
    void only_whom_the_scenario_allows_may_upload() {
        String folder = newFolder();
        upload(folder, "plan.pdf", pdf(KB), PDF, null, Tokens.of("u9", "finance", Role.STAFF))
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("allowedDepartments", hasItem("product"));
        assertEquals(0, attachmentsOf(folder));
    }

    @Test
    void the_attachments_of_an_unknown_object_are_not_found() {
        given().get("/api/v1/test-folders/missing/attachments").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/test-folders/{folder}/attachments/{id}/content", newFolder(), UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void an_upload_that_fails_midway_leaves_no_attachment_and_no_content() {
        String folder = newFolder();
        database("""
                create or replace function fail_second_chunk() returns trigger language plpgsql as $$
                begin
                  if new.seq = 1 and exists (select 1 from attachment where id = new.attachment_id
                                             and file_name = 'fails-midway.pdf') then
                    raise exception 'disk full (simulated)';
                  end if;
                  return new;
                end $$""");
        database("create trigger fail_second_chunk before insert on attachment_chunk"
                + " for each row execute function fail_second_chunk()");
        try {
            upload(folder, "fails-midway.pdf", pdf(600 * KB), PDF, null, Tokens.admin())
                    .then().statusCode(500)
                    .contentType("application/problem+json");
        } finally {
            database("drop trigger fail_second_chunk on attachment_chunk");
        }
        assertEquals(0, attachmentsOf(folder));
        assertEquals(0L, ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from attachment_chunk c where not exists"
                        + " (select 1 from attachment a where a.id = c.attachment_id)").getSingleResult())).longValue());
    }

    @Test
    void a_retried_upload_with_the_same_key_stores_one_attachment_and_another_file_with_it_is_refused() {
        String folder = newFolder();
        String key = UUID.randomUUID().toString();
        byte[] plan = pdf(50 * KB);
        String first = uploadWithKey(folder, key, plan)
                .then().statusCode(201).extract().path("id");
        String retry = uploadWithKey(folder, key, plan)
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, retry);
        assertEquals(1, attachmentsOf(folder));

        uploadWithKey(folder, key, pdf(51 * KB))
                .then().statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertEquals(1, attachmentsOf(folder));
    }

    @Test
    void the_api_description_shows_the_upload_as_a_multipart_form_with_its_refusals() {
        String upload = "paths.'/api/v1/test-folders/{number}/attachments'.post";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(upload + ".operationId", equalTo("uploadAttachment"))
                .body(upload + ".requestBody.content.'multipart/form-data'.schema.$ref",
                        equalTo("#/components/schemas/AttachmentUpload"))
                .body(upload + ".responses.'413'.content.'application/problem+json'.examples", org.hamcrest.Matchers.notNullValue())
                .body(upload + ".responses.'415'.content.'application/problem+json'.examples", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/test-folders/{number}/attachments/{id}/content'.get.operationId",
                        equalTo("downloadAttachment"))
                .body("components.schemas.AttachmentUpload.properties.file.format", equalTo("binary"));
    }

    /** An upload as a browser sends it: the file's name in UTF-8, the body with its length. */
    private static Response upload(String folder, String fileName, byte[] content, String type, String slot,
                                   String token) {
        return given().auth().oauth2(token).contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart(fileName, content, type, slot))
                .post("/api/v1/test-folders/{folder}/attachments", folder);
    }

    private static byte[] multipart(String fileName, byte[] content, String type, String slot) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if (slot != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"slot\"\r\n\r\n" + slot + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static Response uploadWithKey(String folder, String key, byte[] plan) {
        return given().header("Idempotency-Key", key).contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart("上线方案.pdf", plan, PDF, "launch-plan"))
                .post("/api/v1/test-folders/{folder}/attachments", folder);
    }

    private static String newFolder() {
        return "F-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A PDF of the given size: the signature, then noise. */
    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] signature = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(signature, 0, content, 0, Math.min(signature.length, size));
        return content;
    }

    private static byte[] wav() {
        byte[] content = Arrays.copyOf("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII), 2 * KB);
        content[100] = 1;
        return content;
    }

    private long attachmentsOf(String folder) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from attachment where owner_type = :type and owner_id = :id")
                .setParameter("type", FolderResource.OWNER_TYPE).setParameter("id", folder)
                .getSingleResult()).longValue());
    }

    private void database(String sql) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate());
    }
}
