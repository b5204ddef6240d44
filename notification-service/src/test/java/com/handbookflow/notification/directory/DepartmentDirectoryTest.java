package com.handbookflow.notification.directory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class DepartmentDirectoryTest {

    @Test
    void a_supervisor_creates_a_new_department_and_reads_it_back() {
        given().contentType(ContentType.JSON).body(Map.of("nameZh", "新部门", "nameEn", "New"))
                .put("/api/v1/departments/{code}", "new-department").then().statusCode(200)
                .body("code", equalTo("new-department"))
                .body("nameZh", equalTo("新部门"));
        given().get("/api/v1/departments/{code}", "new-department").then().statusCode(200)
                .body("nameEn", equalTo("New"));
    }

    @Test
    void replacing_a_department_keeps_one_entry_with_the_new_names() {
        given().contentType(ContentType.JSON).body(Map.of("nameZh", "质量部", "nameEn", "Quality"))
                .put("/api/v1/departments/{code}", "quality-new").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("nameZh", "质量管理部", "nameEn", "Quality management"))
                .put("/api/v1/departments/{code}", "quality-new").then().statusCode(200)
                .body("nameZh", equalTo("质量管理部"));
    }
}
