package com.handbookflow.core.inbox;

import org.junit.jupiter.api.Test;

import java.net.SocketException;
import java.sql.SQLException;

import static com.handbookflow.core.inbox.ConnectionFailures.isConnectionFailure;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionFailuresTest {

    @Test
    void a_broken_pipe_on_a_pooled_connection_after_a_database_restart_is_not_the_records_fault() {
        var brokenPipe = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new SocketException("Broken pipe"));
        assertTrue(isConnectionFailure(new IllegalStateException("apply failed",
                new RuntimeException("could not execute statement", brokenPipe))));
    }

    @Test
    void a_server_shutting_down_and_a_bare_socket_error_are_connection_failures() {
        assertTrue(isConnectionFailure(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(isConnectionFailure(new RuntimeException(new SocketException("Connection reset"))));
    }

    @Test
    void a_record_the_database_refuses_is_not_a_connection_failure() {
        assertFalse(isConnectionFailure(new RuntimeException(new SQLException("value too long", "22001"))));
        assertFalse(isConnectionFailure(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(isConnectionFailure(new IllegalArgumentException("unknown node")));
    }
}
