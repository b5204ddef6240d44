package com.handbookflow.notification.supervision;

import com.handbookflow.core.testing.MigrationDatabase;
import com.handbookflow.core.testing.PostgresDatabaseResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A notification database at V14 keeps its supervision figures when it migrates to V15: the daily counts
 * summed per month, and each histogram cell's bucket rows as one row of counts by bucket.
 */
class SupervisionRollupMigrationTest {

    private final PostgresDatabaseResource database = new PostgresDatabaseResource();
    private Map<String, String> datasource;
    private MigrationDatabase db;

    @BeforeEach
    void emptyDatabase() {
        database.init(Map.of("database", "notification_migration"));
        datasource = database.start();
        db = new MigrationDatabase(datasource);
    }

    @AfterEach
    void dropDatabase() {
        database.stop();
    }

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(datasource.get("quarkus.datasource.jdbc.url"), datasource.get("quarkus.datasource.username"),
                        datasource.get("quarkus.datasource.password"))
                .locations("classpath:db/migration", "classpath:db/core").outOfOrder(true)
                .placeholders(Map.of("calendar_zone", "Asia/Shanghai")).target(target).load();
    }

    @Test
    void the_counts_of_each_month_and_the_buckets_of_each_cell_carry_over() throws Exception {
        flyway("14").migrate();
        db.execute("""
                insert into supervision_daily (day, process_type, node_key, department, completed, on_time, late,
                    dept_satisfaction_count, dept_satisfaction_points) values
                    ('2026-01-31', 'complaint', 'PLAN', 'quality', 3, 2, 1, 0, 0),
                    ('2026-02-01', 'complaint', 'PLAN', 'quality', 4, 4, 0, 0, 0),
                    ('2026-02-28', 'complaint', 'PLAN', 'quality', 1, 0, 1, 0, 0),
                    ('2026-02-10', 'complaint', 'DEPARTMENT_RATING', 'sales', 0, 0, 0, 2, 170);
                insert into supervision_duration (day, process_type, node_key, department, kind, bucket, count, on_time)
                    values ('2026-02-01', 'complaint', 'PLAN', 'quality', 'NODE', 3, 2, 2),
                           ('2026-02-01', 'complaint', 'PLAN', 'quality', 'NODE', 5, 1, 0),
                           ('2026-02-01', 'complaint', 'CUSTOMER_UPDATE', 'quality', 'CUSTOMER_UPDATE', 0, 1, 1);
                insert into supervision_duration_monthly (month, process_type, node_key, department, kind, bucket, count,
                    on_time) values ('2026-02-01', 'complaint', 'PLAN', 'quality', 'NODE', 3, 2, 2),
                                    ('2026-02-01', 'complaint', 'PLAN', 'quality', 'NODE', 5, 1, 0),
                                    ('2026-02-01', 'complaint', 'CUSTOMER_UPDATE', 'quality', 'CUSTOMER_UPDATE', 0, 1, 1);
                """);

        flyway("latest").migrate();

        assertEquals(List.of("2026-01-01 PLAN quality 3 2 1 0 0", "2026-02-01 DEPARTMENT_RATING sales 0 0 0 2 170",
                        "2026-02-01 PLAN quality 5 4 1 0 0"),
                db.rows("select month, node_key, department, completed, on_time, late, dept_satisfaction_count,"
                        + " dept_satisfaction_points from supervision_monthly order by month, node_key"));
        List<String> cells = List.of("2026-02-01 CUSTOMER_UPDATE {1} 1", "2026-02-01 PLAN {NULL,NULL,NULL,2,NULL,1} 2");
        assertEquals(cells, db.rows("select day, node_key, counts, on_time from supervision_duration order by node_key"));
        assertEquals(cells, db.rows("select month, node_key, counts, on_time from supervision_duration_monthly order by node_key"));
    }
}
