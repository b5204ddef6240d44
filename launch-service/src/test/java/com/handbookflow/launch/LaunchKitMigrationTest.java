package com.handbookflow.launch;

import com.handbookflow.core.testing.MigrationDatabase;
import com.handbookflow.core.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A launch database from before the launch moved onto the kit (launch V1 with its own year counter,
 * review rows and duties in jsonb) migrates without losing anything: the years counted carry over to
 * the business number counter, every row of every review round and every duty becomes a work item of
 * its node activation with its result, signer and times.
 */
class LaunchKitMigrationTest {

    private static final List<String> BEFORE = List.of("db/migration/V1__launches.sql",
            "db/core/V0_1__process_core.sql", "db/core/V0_2__idempotency.sql", "db/core/V0_3__business_numbers.sql",
            "db/core/V0_4__work_items.sql", "db/core/V0_5__definition_versions.sql", "db/core/V0_6__attachments.sql",
            "db/core/V0_7__idempotency_reference.sql");

    private static final String INSTANCE = "11111111-1111-4111-8111-111111111111";

    private final PostgresDatabaseResource database = new PostgresDatabaseResource();
    private MigrationDatabase db;

    @BeforeEach
    void emptyDatabase() {
        database.init(Map.of("database", "launch_kit_migration"));
        db = new MigrationDatabase(database.start());
    }

    @AfterEach
    void dropDatabase() {
        database.stop();
    }

    @Test
    void counters_review_rows_and_duties_of_an_installed_service_carry_over_to_the_kit() throws Exception {
        Path before = Files.createTempDirectory("launch-before-kit");
        for (String migration : BEFORE) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(migration)) {
                Files.copy(in, before.resolve(Path.of(migration).getFileName()));
            }
        }
        db.flyway("filesystem:" + before).migrate();
        db.execute("insert into process_instance values ('" + INSTANCE + "', 'launch', 'SX2026-0003', 'RUNNING', null, "
                + "now(), null, now(), '{}', 0)");
        db.execute("""
                insert into node_instance (id, process_instance_id, seq, node_key, attempt, state, responsible_department,
                                           started_at, due_at, limit_spec, calendar_version, completed_at)
                values ('22222222-2222-4222-8222-222222222221', '%1$s', 3, 'PLAN_REVIEW', 1, 'RETURNED', 'product',
                        '2026-09-09T02:00:00Z', '2026-09-14T10:00:00Z', 'P3WD', 'CN-2026.1', '2026-09-10T02:00:00Z'),
                       ('22222222-2222-4222-8222-222222222222', '%1$s', 5, 'PLAN_REVIEW', 2, 'COMPLETED', 'product',
                        '2026-09-11T02:00:00Z', '2026-09-16T10:00:00Z', 'P3WD', 'CN-2026.1', '2026-09-14T07:00:00Z'),
                       ('22222222-2222-4222-8222-222222222223', '%1$s', 7, 'RELEASE', 1, 'ACTIVE', 'technology',
                        '2026-09-28T02:00:00Z', '2026-10-09T10:00:00Z', 'P3WD', 'CN-2026.1', null)""".formatted(INSTANCE));
        // as Hibernate's Jackson wrote them: instants as epoch seconds (older rows) or ISO text
        db.execute("""
                insert into launch (id, number, process_instance_id, business_name, originating_department, originator_id,
                                    originator_name, applied_at, applied_on, application, review_rounds, duties, status)
                values ('33333333-3333-4333-8333-333333333333', 'SX2026-0003', '%s', '会员积分商城', 'marketing', 'u3001',
                        '陈静', now(), '2026-09-07', '{}',
                        '[{"round": 1, "openedAt": 1789005600.000000000, "conclusion": "NEEDS_CHANGES", "rows": [
                            {"part": "BUSINESS_PLAN", "department": "marketing", "state": "DONE", "dueAt": 1789380000.000000000,
                             "opinion": "PASS", "comment": "目标合理", "reviewerId": "u3001", "reviewerName": "陈静",
                             "signedAt": 1789092000.000000000, "onTime": true},
                            {"part": "RESOURCE_BUDGET", "department": "finance", "state": "DONE", "dueAt": "2026-09-14T10:00:00Z",
                             "opinion": "NEEDS_CHANGES", "comment": "预算偏高", "reviewerId": "u5001", "reviewerName": "赵敏",
                             "signedAt": "2026-09-10T02:00:00Z", "onTime": true}]},
                          {"round": 2, "openedAt": "2026-09-11T02:00:00Z", "conclusion": "APPROVED", "signedOffByName": "孙总",
                           "rows": [{"part": "TECHNICAL_PLAN", "department": "technology", "state": "DONE",
                                     "dueAt": "2026-09-16T10:00:00Z", "opinion": "PASS", "reviewerId": "u4001",
                                     "reviewerName": "李强", "signedAt": "2026-09-14T02:00:00Z", "onTime": true}]}]',
                        '[{"duty": "DEPLOYMENT", "department": "technology", "state": "DONE", "dueAt": "2026-10-09T10:00:00Z",
                           "note": "已部署", "doneById": "u4001", "doneByName": "李强", "doneAt": "2026-09-29T02:00:00Z",
                           "onTime": true},
                          {"duty": "PROMOTION", "department": "marketing", "state": "OPEN", "dueAt": "2026-10-09T10:00:00Z"}]',
                        'IN_PROGRESS')""".formatted(INSTANCE));
        db.execute("insert into launch_year_counter (year, last) values (2025, 41), (2026, 3)");

        db.flyway("classpath:db/migration", "classpath:db/core").migrate();

        assertEquals(List.of("launch 2025 41", "launch 2026 3"),
                db.rows("select scope, period, last from business_number_counter order by period"));
        assertEquals(List.of(
                        "PLAN_REVIEW 1 BUSINESS_PLAN DONE PASS marketing 陈静 目标合理 2026-09-11T02:00:00Z",
                        "PLAN_REVIEW 1 RESOURCE_BUDGET DONE NEEDS_CHANGES finance 赵敏 预算偏高 2026-09-10T02:00:00Z",
                        "PLAN_REVIEW 2 TECHNICAL_PLAN DONE PASS technology 李强 null 2026-09-14T02:00:00Z",
                        "RELEASE 1 DEPLOYMENT DONE null technology 李强 已部署 2026-09-29T02:00:00Z",
                        "RELEASE 1 PROMOTION OPEN null marketing null null null"),
                db.rows("""
                        select node_key, round, item_key, state, result, responsible_department, signed_by_name, comment,
                               to_char(completed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                        from work_item order by node_key, round, seq"""));
        assertEquals(List.of("[{\"round\": 1, \"openedAt\": 1789005600.000000000, \"conclusion\": \"NEEDS_CHANGES\"}, "
                        + "{\"round\": 2, \"openedAt\": \"2026-09-11T02:00:00Z\", \"conclusion\": \"APPROVED\", "
                        + "\"signedOffByName\": \"孙总\"}]"),
                db.rows("select review_rounds::text from launch"));
        assertEquals(List.of(), db.rows("select column_name from information_schema.columns "
                + "where table_name = 'launch' and column_name = 'duties'"));
        MigrationDatabase.deleteTree(before);
    }
}
