package com.handbookflow.complaint;

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
 * Complaints recorded before V10 get their count of progress updates: the view reads the updates of a
 * complaint only when its count says it has some, so a complaint of before must not show none.
 */
class ComplaintProgressUpdateCountMigrationTest {

    private final PostgresDatabaseResource database = new PostgresDatabaseResource();
    private MigrationDatabase db;

    @BeforeEach
    void emptyDatabase() {
        database.init(Map.of("database", "complaint_update_count_migration"));
        db = new MigrationDatabase(database.start());
    }

    @AfterEach
    void dropDatabase() {
        database.stop();
    }

    @Test
    void each_complaint_of_before_counts_the_updates_it_has() throws Exception {
        Flyway all = db.flyway("classpath:db/migration", "classpath:db/core");
        Flyway.configure().configuration(all.getConfiguration()).target("9").load().migrate();
        // the complaints' process instances do not matter here: their foreign keys are not checked
        db.execute("""
                set session_replication_role = replica;
                insert into complaint (id, number, process_instance_id, received_at, complainant, contact, channel,
                                       problem_type, description, demand, urgency, status)
                select ('00000000-0000-0000-0000-00000000000' || n)::uuid, 'TS20260908-000' || n, gen_random_uuid(),
                       '2026-09-08T01:00:00Z', '王芳', '138-0013-800' || n, 'PHONE', 'LOGISTICS_DELAY', '未送达。',
                       'REFUND', 'NORMAL', 'OPEN'
                from generate_series(1, 3) n;
                insert into progress_update (id, complaint_id, seq, recorded_at, channel, content, actor_id)
                select gen_random_uuid(), ('00000000-0000-0000-0000-00000000000' || c)::uuid, s,
                       '2026-09-08T02:00:00Z', 'PHONE', '已联系承运商。', 'u1001'
                from (values (2, 1), (3, 1), (3, 2), (3, 3)) u (c, s);
                """);

        all.migrate();

        assertEquals(List.of("TS20260908-0001 0", "TS20260908-0002 1", "TS20260908-0003 3"),
                db.rows("select number, progress_update_count from complaint order by number"));
    }
}
