package com.handbookflow.core.consumer;

import org.junit.jupiter.api.Test;

import java.net.SocketException;
import java.sql.SQLException;

import static com.handbookflow.core.consumer.TransientFailures.isLostRace;
import static com.handbookflow.core.consumer.TransientFailures.isTransient;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailuresTest {

    @Test
    void a_broken_pipe_on_a_pooled_connection_after_a_database_restart_is_not_the_records_fault() {
        var brokenPipe = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new SocketException("Broken pipe"));
        assertTrue(isTransient(new IllegalStateException("apply failed",
                new RuntimeException("could not execute statement", brokenPipe))));
    }

    @Test
    void a_server_shutting_down_and_a_bare_socket_error_are_connection_failures() {
        assertTrue(isTransient(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(isTransient(new RuntimeException(new SocketException("Connection reset"))));
    }

    @Test
    void a_row_another_transaction_changed_first_is_a_lost_race_not_poison() {
        assertTrue(isTransient(new jakarta.persistence.OptimisticLockException(
                new org.hibernate.StaleStateException("Unexpected row count (expected row count 1 but was 0)"))));
        assertTrue(isTransient(new RuntimeException(new SQLException("could not serialize access", "40001"))));
        assertTrue(isTransient(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
    }

    @Test
    void only_a_conflict_with_another_transaction_is_a_lost_race_worth_trying_again_at_once() {
        assertTrue(isLostRace(new IllegalStateException(new jakarta.persistence.OptimisticLockException(
                new org.hibernate.StaleStateException("Unexpected row count (expected row count 1 but was 0)")))));
        assertTrue(isLostRace(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertFalse(isLostRace(new RuntimeException(new SQLException("An I/O error occurred", "08006",
                new SocketException("Broken pipe")))), "a lost connection waits for the database, with backoff");
        assertFalse(isLostRace(new RuntimeException(new SQLException("value too long", "22001"))));
    }

    @Test
    void a_record_the_database_refuses_is_not_a_connection_failure() {
        assertFalse(isTransient(new RuntimeException(new SQLException("value too long", "22001"))));
        assertFalse(isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(isTransient(new IllegalArgumentException("unknown node")));
    }
}
