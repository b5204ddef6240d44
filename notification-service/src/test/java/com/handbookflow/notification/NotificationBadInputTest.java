package com.handbookflow.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Input the probing found answered with 500, or accepted though wrong: each is a 400 problem naming the field. */
@QuarkusTest
class NotificationBadInputTest {

    @Test
    void registering_a_webhook_without_a_body_is_a_400_problem() {
        for (String body : new String[]{"null", ""}) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void a_webhook_url_without_a_usable_host_or_port_is_refused_naming_url() {
        for (String url : new String[]{"http://[::1", "https://oa.example.com:99999/hooks"}) {
            given().contentType(ContentType.JSON).body(Map.of("url", url, "secret", "s3cr3t-shared-with-oa-0001"))
                    .post("/api/v1/webhooks").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
    }

    @Test
    void a_webhook_delivery_mode_other_than_digest_or_each_is_refused_and_nothing_is_registered() {
        int before = given().get("/api/v1/webhooks").then().statusCode(200).extract().path("size()");
        given().contentType(ContentType.JSON).body(Map.of("url", "https://oa.example.com/hooks/modes",
                        "secret", "s3cr3t-shared-with-oa-0001", "deliveryMode", "SOMETIMES"))
                .post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/webhooks").then().body("size()", equalTo(before));
    }

    @Test
    void an_audit_month_outside_the_calendar_years_is_refused_naming_month() {
        for (String month : new String[]{"+999999999-12", "-999999999-01", "0000-01"}) {
            given().get("/api/v1/supervision/audits/{month}", month).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("month"));
        }
    }

    @Test
    void an_overdue_filter_that_is_neither_true_nor_false_is_refused() {
        given().queryParam("overdue", "maybe").get("/api/v1/deadlines").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("overdue"));
    }
}
