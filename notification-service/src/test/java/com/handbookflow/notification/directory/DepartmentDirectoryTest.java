package com.handbookflow.notification.directory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The directory describes the departments of {@code handbook.departments} (the test profile adds
 * {@code compliance} 合规部). An entry is created by the first PUT of a listed department it lacks
 * (the start seeds every listed one, so here the entry is removed first, as after a restore).
 */
@QuarkusTest
class DepartmentDirectoryTest {

    @Inject
    EntityManager entityManager;

    @Test
    void a_supervisor_creates_the_entry_of_a_listed_department_and_reads_it_back() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("delete from Department where code = 'compliance'").executeUpdate());
        given().get("/api/v1/departments/{code}", "compliance").then().statusCode(404);

        given().contentType(ContentType.JSON).body(Map.of("nameZh", "合规部", "nameEn", "Compliance"))
                .put("/api/v1/departments/{code}", "compliance").then().statusCode(200)
                .body("code", equalTo("compliance"))
                .body("nameZh", equalTo("合规部"));
        given().get("/api/v1/departments/{code}", "compliance").then().statusCode(200)
                .body("nameEn", equalTo("Compliance"));
    }

    @Test
    void replacing_a_department_keeps_one_entry_with_the_new_names() {
        given().contentType(ContentType.JSON).body(Map.of("nameZh", "合规管理部", "nameEn", "Compliance management"))
                .put("/api/v1/departments/{code}", "compliance").then().statusCode(200)
                .body("nameZh", equalTo("合规管理部"));
        given().contentType(ContentType.JSON).body(Map.of("nameZh", "合规部", "nameEn", "Compliance"))
                .put("/api/v1/departments/{code}", "compliance").then().statusCode(200)
                .body("nameZh", equalTo("合规部"));
        Long entries = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(d) from Department d where d.code = 'compliance'", Long.class)
                .getSingleResult());
        org.junit.jupiter.api.Assertions.assertEquals(1L, entries);
    }
}
