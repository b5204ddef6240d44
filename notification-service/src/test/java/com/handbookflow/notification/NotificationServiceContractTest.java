package com.handbookflow.notification;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.ServiceContractTest;
import com.handbookflow.core.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class NotificationServiceContractTest extends ServiceContractTest {

    @Override
    protected String publishedAs() {
        return "notification";
    }

    @Test
    void the_openapi_document_describes_every_endpoint_of_the_service() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/notifications"))
                .body("paths", hasKey("/api/v1/deadlines"))
                .body("paths", hasKey("/api/v1/departments/{code}"))
                .body("paths", hasKey("/api/v1/webhooks/deliveries"))
                .body("paths", hasKey("/api/v1/supervision/metrics"))
                .body("paths", hasKey("/api/v1/supervision/audits/{month}"))
                .body("paths", hasKey("/api/v1/supervision/violations"))
                .body("paths", hasKey("/api/v1/supervision/reviews/{quarter}"));
    }

    @Test
    void the_directory_ships_the_handbooks_departments_with_their_chinese_names() {
        given().get("/api/v1/departments/operations-management").then().statusCode(200)
                .body("nameZh", equalTo("运营管理部"));
        given().get("/api/v1/departments/no-such-department").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void a_department_added_to_the_companys_list_is_in_the_directory_and_no_other_can_be_added() {
        given().get("/api/v1/departments/compliance").then().statusCode(200)
                .body("nameZh", equalTo("合规部")).body("nameEn", equalTo("Compliance"));

        given().auth().oauth2(Tokens.of("s1", "quality", Role.SUPERVISOR)).contentType("application/json")
                .body(java.util.Map.of("nameZh", "法务部", "nameEn", "Legal"))
                .put("/api/v1/departments/legal").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"))
                .body("detail", org.hamcrest.Matchers.containsString("compliance, customer-service"));
        given().get("/api/v1/departments/legal").then().statusCode(404);
    }
}
