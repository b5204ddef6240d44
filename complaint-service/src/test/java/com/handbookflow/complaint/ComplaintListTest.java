package com.handbookflow.complaint;

import com.handbookflow.core.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.handbookflow.complaint.ComplaintFixtures.assigned;
import static com.handbookflow.complaint.ComplaintFixtures.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ComplaintListTest {

    @Inject
    MutableClock clock;

    private static final String NOW = "2026-08-03T10:00";
    private static boolean ready;
    private static String general;
    private static String major;
    private static String fresh;

    /** Three complaints received on a day no other test uses, once for the class: one at each stage the filters tell apart. */
    @BeforeEach
    void aMondayInAugust() {
        if (ready) {
            clock.setShanghai(NOW);
            return;
        }
        ready = true;
        clock.setShanghai("2026-08-03T09:00");
        general = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");
        major = assigned("LOGISTICS_DELAY", "URGENT", "MAJOR");
        clock.setShanghai("2026-08-03T09:05");
        fresh = receive("SERVICE_ATTITUDE", "GENERAL");
        clock.setShanghai(NOW);
    }

    private static RequestSpecification thatDay() {
        return given().queryParam("receivedFrom", "2026-08-03").queryParam("receivedTo", "2026-08-03");
    }

    @Test
    void complaints_received_in_a_date_range_are_listed_newest_first() {
        thatDay().get("/api/v1/complaints").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.number", hasSize(3))
                .body("items[0].problemType.zh", equalTo("服务态度"));
    }

    @Test
    void the_list_filters_by_node_grade_urgency_and_department() {
        thatDay().queryParam("node", "PLAN").get("/api/v1/complaints").then()
                .body("totalItems", equalTo(2)).body("items.currentNode", everyItem(equalTo("PLAN")));
        thatDay().queryParam("grade", "MAJOR").get("/api/v1/complaints").then()
                .body("items.number", contains(major));
        thatDay().queryParam("urgency", "URGENT").get("/api/v1/complaints").then()
                .body("items.number", contains(major));
        thatDay().queryParam("department", "product").get("/api/v1/complaints").then()
                .body("items.number", contains(general));
        thatDay().queryParam("status", "OPEN").get("/api/v1/complaints").then()
                .body("totalItems", equalTo(3));
    }

    @Test
    void overdue_lists_the_open_complaints_past_the_due_instant_of_their_active_node() {
        thatDay().queryParam("overdue", true).get("/api/v1/complaints").then()
                .body("items.number", contains(fresh))
                .body("items[0].overdue", equalTo(true));
        thatDay().queryParam("overdue", false).get("/api/v1/complaints").then()
                .body("totalItems", equalTo(2));
    }

    @Test
    void the_list_is_paged_and_sorted() {
        thatDay().queryParam("sort", "number").queryParam("size", 2).get("/api/v1/complaints").then()
                .body("items.number", contains(general, major))
                .body("totalPages", equalTo(2));
        thatDay().queryParam("sort", "number").queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/complaints").then()
                .body("items.number", contains(fresh));
    }

    @Test
    void a_page_larger_than_100_an_unknown_sort_grade_node_or_date_is_refused_naming_the_parameter() {
        given().queryParam("size", 101).get("/api/v1/complaints").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("sort", "complainant").get("/api/v1/complaints").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("grade", "HUGE").get("/api/v1/complaints").then().statusCode(400)
                .body("errors[0].field", equalTo("grade"));
        given().queryParam("node", "SHIPPING").get("/api/v1/complaints").then().statusCode(400)
                .body("errors[0].field", equalTo("node"));
        given().queryParam("receivedFrom", "yesterday").get("/api/v1/complaints").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedFrom"));
    }
}
