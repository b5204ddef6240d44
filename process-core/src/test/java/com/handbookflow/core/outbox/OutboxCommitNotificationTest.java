package com.handbookflow.core.outbox;

import com.handbookflow.core.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.postgresql.PGConnection;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.core.testing.TopicReader.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay hears every commit of an outbox row on its database, not only its own JVM's: the poll is an
 * hour here, so only a notification can wake it within the test's wait.
 */
@QuarkusTest
@TestProfile(OutboxCommitNotificationTest.HourlyPoll.class)
class OutboxCommitNotificationTest {

    private static final String TOPIC = "test.node-state";

    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("handbook.events.relay.poll-interval", "1h", "handbook.events.relay.max-backoff", "200ms");
        }
    }

    /** The advisory lock every relay of a database takes. */
    private static final long RELAY_LOCK = RelayConnection.LOCK;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Test
    void an_outbox_row_committed_by_another_writer_with_plain_sql_is_published_without_waiting_for_the_poll() {
        String instance = UUID.randomUUID().toString();
        UUID event = insertWithPlainSql(instance);

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            List<ConsumerRecord<String, String>> published = topic.awaitKey(instance, 1, Duration.ofSeconds(20));
            assertEquals(event.toString(), header(published.get(0), "ce_id"));
        }
    }

    @Test
    void after_the_listening_connection_is_lost_the_relay_listens_again_and_publishes_what_was_committed_meanwhile() {
        Integer lost = listener();
        terminate(lost);
        String instance = UUID.randomUUID().toString();
        insertWithPlainSql(instance);

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            topic.awaitKey(instance, 1, Duration.ofSeconds(20));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !lost.equals(listener()));
        String later = UUID.randomUUID().toString();
        insertWithPlainSql(later);
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            topic.awaitKey(later, 1, Duration.ofSeconds(20));
        }
    }

    @Test
    void a_commit_of_this_instance_while_another_instance_s_relay_holds_the_lock_wakes_that_relay() throws Exception {
        String instance = UUID.randomUUID().toString();
        try (Connection otherRelay = ScriptConnection.open()) {
            try (Statement statement = otherRelay.createStatement()) {
                statement.execute("LISTEN " + OutboxNotifications.CHANNEL);
            }
            takeTheLockFromThisInstance(otherRelay);
            QuarkusTransaction.requiringNew().run(() -> outbox.append(TOPIC, new OutboxRelayTest.Note(UUID.randomUUID(),
                    UUID.fromString(instance), "committed by the service while another relay publishes")));

            PGConnection heard = otherRelay.unwrap(PGConnection.class);
            assertTrue(await().atMost(Duration.ofSeconds(20)).until(() -> heard.getNotifications(200),
                    notifications -> notifications != null && notifications.length > 0).length > 0);
        }
    }

    @Test
    void the_service_s_own_connections_say_so_and_their_commits_notify_no_one() {
        // a NOTIFY in every act's commit would serialize the cluster's commits (migration V0_12)
        assertEquals("service", QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select current_setting('handbook.outbox_writer', true)").getSingleResult()));
    }

    /**
     * This instance's relay holds the lock for as long as its connection lasts: the test ends that session
     * (as a crash would) and takes the lock before the relay connects again.
     */
    private void takeTheLockFromThisInstance(Connection otherRelay) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (Statement statement = otherRelay.createStatement()) {
                statement.execute("select pg_terminate_backend(pid, 10000) from pg_locks where locktype = 'advisory'"
                        + " and database = (select oid from pg_database where datname = current_database())"
                        + " and ((classid::bigint << 32) | objid::bigint) = " + RELAY_LOCK + " and pid <> pg_backend_pid()");
                try (var locked = statement.executeQuery("select pg_try_advisory_lock(" + RELAY_LOCK + ")")) {
                    return locked.next() && locked.getBoolean(1);
                }
            }
        });
    }

    /** As a script or another stack would: a connection of its own, not one of the service's. */
    private UUID insertWithPlainSql(String instance) {
        UUID event = UUID.randomUUID();
        try (Connection script = ScriptConnection.open(); PreparedStatement insert = script.prepareStatement("""
                insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, subject,
                                          occurred_at, payload)
                values (?, ?, 'test', ?, 'com.handbookflow.test.note', ?, now(), cast('{"text": "written by SQL"}' as jsonb))""")) {
            insert.setObject(1, event);
            insert.setString(2, TOPIC);
            insert.setString(3, instance);
            insert.setString(4, "note/" + instance);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return event;
    }

    /** The backend process of the relay's listening connection, once there is one. */
    private Integer listener() {
        return await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<?> pids = entityManager.createNativeQuery("""
                    select pid from pg_stat_activity
                    where datname = current_database() and application_name = 'outbox-relay-listener'""").getResultList();
            return pids.isEmpty() ? null : ((Number) pids.get(0)).intValue();
        }), pid -> pid != null);
    }

    private void terminate(Integer backend) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("select pg_terminate_backend(:pid)")
                .setParameter("pid", backend).getSingleResult());
    }
}
