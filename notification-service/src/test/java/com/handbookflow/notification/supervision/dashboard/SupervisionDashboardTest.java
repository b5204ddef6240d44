package com.handbookflow.notification.supervision.dashboard;

import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.Tokens;
import com.handbookflow.notification.ScenarioEvents;
import com.handbookflow.notification.audit.AuditSampling;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervision dashboard in a real headless chromium (Debian's {@code chromium} and its
 * {@code chromedriver}, no download): a supervisor pastes a token, and the page shows for May 2026 the
 * figures the public API returns for the seeded month: on-time rate, satisfaction, violations, who is
 * overdue, the audit sample and its finding, and the trend; in Chinese, and in English on request.
 * Screenshots go to {@code target/dashboard/}. Its own application (its own database), so the figures are
 * the seeded ones only.
 */
@QuarkusTest
@TestProfile(SupervisionDashboardTest.OwnDatabase.class)
class SupervisionDashboardTest {

    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "dashboard");
    private static final String SUPERVISOR = Tokens.of("u6001", "operations-management", Role.SUPERVISOR);

    private static WebDriver browser;

    @TestHTTPResource("/dashboard")
    URL dashboard;

    @Inject
    MutableClock clock;

    @Inject
    AuditSampling sampling;

    @BeforeAll
    static void openBrowser() {
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Debian's chromium and chromium-driver are needed (bin/test and .ci/run install them)");
        assertTrue(chineseFontInstalled(), "a CJK font (fonts-noto-cjk) is needed for the Chinese page to render");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // tests run as root, hence no sandbox; offline, so nothing may be fetched
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,2600", "--lang=zh-CN", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** fontconfig (which chromium asks) knows a font for Chinese: else every character would be a box. */
    private static boolean chineseFontInstalled() {
        try {
            Process fcList = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
            String fonts = new String(fcList.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return fcList.waitFor() == 0 && !fonts.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_supervisor_pastes_a_token_and_sees_the_months_figures_the_api_returns_in_chinese_and_in_english()
            throws IOException {
        seedMay();

        browser.get(dashboard + "?month=2026-05");
        assertEquals("监督看板", text("h1"));
        waitFor(() -> text("#status").contains("请先粘贴访问令牌"));
        browser.findElement(By.id("token")).sendKeys(SUPERVISOR);
        browser.findElement(By.id("use-token")).click();
        waitFor(() -> text("#status").startsWith("已更新"));

        // the token lives in the browser session only
        assertEquals(SUPERVISOR, script("return sessionStorage.getItem('handbookflow.dashboard.token')"));
        assertEquals(0L, script("return localStorage.length"));
        assertEquals("", browser.findElement(By.id("token")).getAttribute("value"));

        JsonPath metrics = api("/api/v1/supervision/metrics?period=2026-05&groupBy=SCENARIO");
        List<Map<String, Object>> rows = metrics.getList("rows");
        List<WebElement> shown = browser.findElements(By.cssSelector("#metrics-table tbody tr"));
        assertEquals(rows.size(), shown.size(), "one line per scenario the API reports");
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = cells(shown.get(i));
            assertEquals(Map.of("launch", "新业务上线", "complaint", "客户投诉").get(metrics.getString("rows[" + i + "].scenario")),
                    cells.get(0));
            assertEquals(metrics.getString("rows[" + i + "].completed"), cells.get(3));
            assertEquals(percent(metrics.getDouble("rows[" + i + "].onTimeRate.value")), cells.get(4));
            assertEquals(metrics.getString("rows[" + i + "].currentlyOverdue"), cells.get(7));
        }
        int complaint = metrics.getList("rows.scenario").indexOf("complaint");
        assertEquals("90.0", cells(shown.get(complaint)).get(5), "customer satisfaction: (100 + 80) / 2");
        assertEquals("85.7%", cells(shown.get(complaint)).get(4), "6 of 7 complaint nodes on time");
        assertEquals("missed", shown.get(complaint).findElements(By.tagName("td")).get(4).getAttribute("class"),
                "below 95% is shown as missed");
        assertEquals(percent(weightedOnTime(metrics)), text("#kpi-on-time .value"));

        // overdue now: who and how late
        JsonPath overdue = api("/api/v1/deadlines?overdue=true&size=100");
        assertEquals(overdue.getString("totalItems"), text("#kpi-overdue .value"));
        List<String> late = cells(browser.findElement(By.cssSelector("#overdue-table tbody tr")));
        assertEquals(List.of("TS20260525-0009", "u7001", "产品部"), List.of(late.get(0), late.get(3), late.get(2)));
        assertTrue(late.get(5).contains("天"), "late by days: " + late.get(5));

        // the month's audit sample and its finding
        JsonPath sample = api("/api/v1/supervision/audits/2026-05");
        List<WebElement> audited = browser.findElements(By.cssSelector("#audit-table tbody tr"));
        assertEquals(sample.getList("businessNumber").size(), audited.size());
        assertEquals(sample.getList("businessNumber"), audited.stream().map(r -> cells(r).get(1)).toList());
        assertTrue(audited.stream().map(this::cells).anyMatch(c -> c.get(4).equals("违规")
                && c.get(5).equals("文档与实际不符") && c.get(6).equals("方案与实际不符")));

        // the quarter's violations against 2
        JsonPath violations = api("/api/v1/supervision/violations?quarter=2026-Q2");
        List<String> firstDepartment = cells(browser.findElement(By.cssSelector("#violations-table tbody tr")));
        assertEquals(violations.getString("byDepartment[0].violations.value").replace(".0", ""), firstDepartment.get(1));

        // the charts are drawn (ECharts from its webjar), the trend over six months
        for (String chart : List.of("chart-on-time", "chart-satisfaction", "chart-violations", "chart-trend")) {
            assertFalse(browser.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty(), chart + " is drawn");
        }
        assertEquals(6L, script("return echarts.getInstanceByDom(document.getElementById('chart-trend'))"
                + ".getOption().xAxis[0].data.length"));
        screenshot("supervision-dashboard-zh.png");

        browser.findElement(By.id("lang-toggle")).click();
        assertEquals("Supervision dashboard", text("h1"));
        assertEquals("Customer complaint",
                cells(browser.findElements(By.cssSelector("#metrics-table tbody tr")).get(complaint)).get(0));
        assertEquals("Product", cells(browser.findElement(By.cssSelector("#overdue-table tbody tr"))).get(2));
        screenshot("supervision-dashboard-en.png");
        browser.findElement(By.id("lang-toggle")).click();
        assertEquals("监督看板", text("h1"));
    }

    @Test
    void a_token_without_a_supervising_role_is_told_so_and_sees_no_figures() {
        browser.get(dashboard + "?month=2026-05");
        script("sessionStorage.clear()");
        browser.get(dashboard + "?month=2026-05#token=" + Tokens.of("u1", "product", Role.STAFF));
        waitFor(() -> text("#status").contains("无权查看督办数据"));
        assertNull(script("return location.hash || null"), "the handed-over token leaves the address");
        assertEquals("-", text("#kpi-on-time .value"));
        script("sessionStorage.clear()");
    }

    // ---- the seeded month: May 2026, drawn and audited on 1 June ----

    private void seedMay() {
        clock.setShanghai("2026-06-01T10:00");
        try (ScenarioEvents events = new ScenarioEvents()) {
            for (int i = 1; i <= 3; i++) { // two plans on time, one late
                NodeStateChanged plan = ScenarioEvents.activated(UUID.randomUUID(), "TS20260506-000" + i, "PLAN",
                        "product", "u7000", shanghai("2026-05-06T09:00"), shanghai("2026-05-08T18:00"), "P2WD");
                events.send(plan);
                events.send(ScenarioEvents.completed(plan, shanghai(i < 3 ? "2026-05-07T10:00" : "2026-05-11T10:00")));
            }
            confirm(events, "TS20260506-0004", "SATISFIED");
            confirm(events, "TS20260506-0005", "BASICALLY_SATISFIED");
            events.send(ScenarioEvents.activated(UUID.randomUUID(), "TS20260525-0009", "PLAN", "product", "u7001",
                    shanghai("2026-05-25T09:00"), shanghai("2026-05-27T18:00"), "P2WD")); // never done: overdue
            events.send(ScenarioEvents.caseEnded("complaint", UUID.randomUUID(), "TS20260512-0001", "product",
                    shanghai("2026-05-12T10:00")));
            events.send(ScenarioEvents.caseEnded("complaint", UUID.randomUUID(), "TS20260513-0001", "product",
                    shanghai("2026-05-13T10:00")));
            events.send(ScenarioEvents.caseEnded("launch", UUID.randomUUID(), "XYW20260520-01", "product",
                    shanghai("2026-05-20T10:00")));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(SUPERVISOR)
                .get("/api/v1/supervision/metrics?period=2026-05&groupBy=SCENARIO").then()
                .body("rows.find { it.scenario == 'complaint' }.completed", equalTo(7))
                .body("rows.find { it.scenario == 'complaint' }.currentlyOverdue", equalTo(1))
                .body("rows.find { it.scenario == 'launch' }.completed", equalTo(1)));
        sampling.drawDue();
        String audited = api("/api/v1/supervision/audits/2026-05").getString("find { it.processType == 'complaint' }.instanceId");
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON)
                .body(Map.of("verdict", "VIOLATION", "category", "DOCUMENT_MISMATCH", "note", "方案与实际不符"))
                .post("/api/v1/supervision/audits/2026-05/cases/{id}/finding", audited).then().statusCode(200);
    }

    private static void confirm(ScenarioEvents events, String number, String satisfaction) {
        NodeStateChanged confirm = ScenarioEvents.activated(UUID.randomUUID(), number, "CONFIRM", "customer-service",
                "u7002", shanghai("2026-05-06T09:00"), shanghai("2026-05-08T18:00"), "P2WD");
        events.send(confirm);
        events.send(ScenarioEvents.closed(confirm, NodeState.COMPLETED, shanghai("2026-05-07T09:00"),
                Map.of("satisfaction", satisfaction), List.of(), List.of(), false));
    }

    // ---- helpers ----

    private static JsonPath api(String path) {
        return given().auth().oauth2(SUPERVISOR).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static double weightedOnTime(JsonPath metrics) {
        List<Number> completed = metrics.getList("rows.completed");
        List<Number> rates = metrics.getList("rows.onTimeRate.value");
        double onTime = 0;
        double all = 0;
        for (int i = 0; i < completed.size(); i++) {
            onTime += rates.get(i).doubleValue() * completed.get(i).doubleValue();
            all += completed.get(i).doubleValue();
        }
        return onTime / all;
    }

    /** As the page writes a rate: one decimal, as a percentage. */
    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private static String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private static Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> condition.getAsBoolean());
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
