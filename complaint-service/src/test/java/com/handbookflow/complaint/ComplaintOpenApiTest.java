package com.handbookflow.complaint;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** A front end or OA team builds against the OpenAPI document alone: every act is there, with examples and labels. */
@QuarkusTest
class ComplaintOpenApiTest {

    @Test
    void every_business_act_is_documented_with_an_example() {
        var openapi = given().get("/q/openapi?format=json").then().statusCode(200);
        for (String act : new String[]{"acknowledgement", "registration", "classification", "assignment",
                "handling-plans", "execution", "confirmations", "progress-updates", "cause-analysis", "closure"}) {
            openapi.body("paths", hasKey("/api/v1/complaints/{number}/" + act));
        }
        openapi.body("paths", hasKey("/api/v1/complaints/reviews/{month}"))
                .body("paths", hasKey("/api/v1/complaints/enumerations"))
                .body("paths.'/api/v1/complaints'.post.requestBody.content.'application/json'.examples.hotline",
                        notNullValue())
                .body("paths.'/api/v1/complaints/{number}/classification'.post.responses.'409'", notNullValue());
    }

    @Test
    void enumeration_fields_carry_their_chinese_labels_in_the_schema() {
        given().get("/q/openapi?format=json").then()
                .body("components.schemas.RegisterComplaintRequest.properties.problemType.description",
                        containsString("产品质量"));
    }
}
