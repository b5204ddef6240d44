package com.handbookflow.launch;

import com.handbookflow.core.testing.OnAMondayMorning;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.handbookflow.launch.LaunchFixtures.*;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LaunchArchiveTest extends OnAMondayMorning {

    @Test
    void the_archive_of_an_evaluated_launch_summarises_every_node_table_and_decision_in_chinese() throws IOException {
        String number = feasible();
        reviewAll(number, "PASS", "PASS", "NEEDS_CHANGES");
        post(product(), number, "plan-revisions", Map.of("summary", "预算压缩至 30 万元。")).statusCode(200);
        reviewAll(number, "PASS", "PASS", "PASS");
        post(leader(), number, "plan-review/sign-off", Map.of("comment", "同意上线。")).statusCode(200);
        post(technology(), number, "development/completion", development()).statusCode(200);
        putPlan(number, launchPlan(java.util.List.of("关闭入口开关", "回滚至 v2.3.1"), "返还积分并补偿 200 积分。"))
                .statusCode(200);
        dutiesDone(number);
        post(technology(), number, "release", release()).statusCode(200);
        post(marketing(), number, "evaluation", evaluation(112000)).statusCode(200);

        byte[] zip = given().get("/api/v1/launches/{number}/archive", number).then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + number + ".zip\"")
                .extract().asByteArray();
        Map<String, String> entries = unzip(zip);
        String summary = entries.get(number + "/index.html");
        assertTrue(summary.startsWith("<!DOCTYPE html>"));
        for (String expected : new String[]{"新业务需求申请表", "会员积分商城", "用户数 100000人，3 个月内",
                "积分兑换商品；兑换订单查询；积分明细", "可行性分析报告", "第 1 轮评审", "需修改", "第 2 轮评审",
                "分管领导签字确认：孙总", "预算压缩至 30 万元。", "测试报告", "用户验收确认函",
                "关闭入口开关 → 回滚至 v2.3.1", "返还积分并补偿 200 积分。", "客服话术培训", "已正式上线。",
                "用户数（申请表业务目标）", "112000人", "未达成", "已退回", "效果评估与归档"}) {
            assertTrue(summary.contains(expected), () -> "the summary misses " + expected);
        }
    }

    @Test
    void a_text_in_the_application_is_escaped_in_the_summary() throws IOException {
        Map<String, Object> body = application();
        body.put("businessName", "<script>alert(1)</script>积分");
        String number = marketing().body(body).post("/api/v1/launches").then().statusCode(201).extract().path("number");
        String summary = unzip(given().get("/api/v1/launches/{number}/archive", number).then().statusCode(200)
                .extract().asByteArray()).get(number + "/index.html");
        assertTrue(summary.contains("&lt;script&gt;alert(1)&lt;/script&gt;积分"));
        assertTrue(!summary.contains("<script>"));
    }

    @Test
    void an_unknown_launch_has_no_archive() {
        given().get("/api/v1/launches/{number}/archive", "SX2026-9999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(false, entries.isEmpty());
        return entries;
    }
}
