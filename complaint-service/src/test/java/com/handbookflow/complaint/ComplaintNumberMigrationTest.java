package com.handbookflow.complaint;

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
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A complaint database at the version before the scenario kit (complaint V1-V2, core V0_1-V0_2) keeps
 * its day counters when it migrates: the next number of a day already counted follows on.
 */
class ComplaintNumberMigrationTest {

    /** The migrations a running installation has today, before the kit. */
    private static final List<String> BEFORE_THE_KIT = List.of("db/migration/V1__complaints.sql",
            "db/migration/V2__monthly_review_obligation.sql", "db/core/V0_1__process_core.sql",
            "db/core/V0_2__idempotency.sql");

    private final PostgresDatabaseResource database = new PostgresDatabaseResource();
    private MigrationDatabase db;

    @BeforeEach
    void emptyDatabase() {
        database.init(Map.of("database", "complaint_migration"));
        db = new MigrationDatabase(database.start());
    }

    @AfterEach
    void dropDatabase() {
        database.stop();
    }

    @Test
    void the_day_counters_of_an_installed_service_carry_over_to_the_business_number_counter() throws Exception {
        Path before = Files.createTempDirectory("complaint-before-kit");
        for (String migration : BEFORE_THE_KIT) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(migration)) {
                Files.copy(in, before.resolve(Path.of(migration).getFileName()));
            }
        }
        db.flyway("filesystem:" + before).migrate();
        db.execute("insert into complaint_day_counter (day, last) values ('2026-09-29', 17), ('2026-09-30', 4)");

        db.flyway("classpath:db/migration", "classpath:db/core").migrate();

        assertEquals(List.of("complaint 2026-09-29 17", "complaint 2026-09-30 4"),
                db.rows("select scope, period, last from business_number_counter order by period"));
        assertFalse(db.rows("select table_name from information_schema.tables where table_name = 'complaint_day_counter'")
                .iterator().hasNext());
        MigrationDatabase.deleteTree(before);
    }
}
