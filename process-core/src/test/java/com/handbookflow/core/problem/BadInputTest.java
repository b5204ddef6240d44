package com.handbookflow.core.problem;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed input of every kind the probing found is a 400 problem naming the field, never a 500 or a Java name. */
@QuarkusTest
class BadInputTest {

    @Test
    void a_nul_character_in_a_json_string_is_refused_naming_the_field() {
        refused(post("{\"text\": \"a\\u0000b\"}"), "text");
    }

    @Test
    void a_nul_character_in_a_path_parameter_is_refused() {
        given().urlEncodingEnabled(false).get("/test/bad-input/names/a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
    }

    @Test
    void a_database_that_is_busy_or_restarting_is_a_503_to_retry_not_a_500() {
        given().post("/test/bad-input/busy-database").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "2")
                .body("titleZh", equalTo("服务繁忙"));
    }

    @Test
    void a_request_line_longer_than_the_api_accepts_is_a_414_problem() {
        RawAnswer answer = RawAnswer.of("GET /test/bad-input/pages?page=" + "9".repeat(20_000) + " HTTP/1.1");
        assertEquals(414, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.body().contains("8192"), answer.body());
    }

    @Test
    void a_request_address_that_is_not_a_uri_is_a_400_problem_in_both_languages() {
        RawAnswer answer = RawAnswer.of("GET /test/bad-input/names/%zz%E0%A4%A HTTP/1.1");
        assertEquals(400, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        io.restassured.path.json.JsonPath problem = io.restassured.path.json.JsonPath.from(answer.body());
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("type").endsWith("/malformed-uri"), answer.body());
        assertEquals("Malformed request address", problem.getString("title"));
        assertEquals("请求地址格式错误", problem.getString("titleZh"));
        assertTrue(problem.getString("detail").contains("%XX"), problem.getString("detail"));
        assertTrue(problem.getString("detailZh").contains("%XX"), problem.getString("detailZh"));
    }

    /** What the service answered to a request line no HTTP client library would send. */
    record RawAnswer(int status, String contentType, String body) {
        static RawAnswer of(String requestLine) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                int end = answer.indexOf("\r\n\r\n");
                String head = answer.substring(0, end);
                String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                        .map(l -> l.substring(13).trim()).findFirst().orElse("");
                return new RawAnswer(Integer.parseInt(head.split(" ")[1]), contentType, answer.substring(end + 4));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void a_page_beyond_any_list_is_refused_naming_page() {
        given().queryParam("page", 21474837).queryParam("size", 100).get("/test/bad-input/pages").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }

    @Test
    void dates_beyond_the_years_a_person_can_mean_are_refused_naming_the_field() {
        refused(post("{\"at\": \"-000001-01-01T00:00:00Z\"}"), "at");
        refused(post("{\"day\": \"+999999999-12-31\"}"), "day");
        refused(post("{\"day\": \"-0001-06-01\"}"), "day");
        for (String month : new String[]{"+999999999-12", "-999999999-01", "0000-01"}) {
            given().get("/test/bad-input/months/{m}", month).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("month"));
        }
        given().get("/test/bad-input/months/2026-09").then().statusCode(200).body("month", equalTo("2026-09"));
    }

    @Test
    void an_enum_value_given_as_a_number_is_refused() {
        refused(post("{\"kinds\": [1]}"), "kinds.[0]").body("detail", containsString("CALL, VISIT"));
    }

    @Test
    void a_detail_names_json_types_not_java_types() {
        refused(post("{\"text\": {\"nested\": true}}"), "text")
                .body(not(containsString("java.")))
                .body("detail", containsString("text"));
        refused(post("{\"count\": \"many\"}"), "count").body(not(containsString("java.")));
    }

    @Test
    void a_flag_that_is_neither_true_nor_false_is_refused_naming_it() {
        given().queryParam("overdue", "maybe").get("/test/bad-input/flags").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("overdue"));
        given().queryParam("overdue", "TRUE").get("/test/bad-input/flags").then().statusCode(200)
                .body("overdue", equalTo("true"));
    }

    @Test
    void a_token_whose_subject_is_longer_than_a_user_id_is_refused_naming_the_claim() {
        given().auth().oauth2(Tokens.of("u".repeat(200), "customer-service", Role.STAFF))
                .get("/test/bad-input/me").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("token.sub"));
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/test/bad-input/forms").then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body(not(containsString("Exception")));
    }
}
