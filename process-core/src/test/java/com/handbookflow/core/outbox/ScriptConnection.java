package com.handbookflow.core.outbox;

import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection to the test application's database as a script or another stack would open it: its own,
 * not one of the service's pool (those say {@code handbook.outbox_writer=service} and do not notify).
 */
final class ScriptConnection {

    private ScriptConnection() {
    }

    static Connection open() throws SQLException {
        return Arc.container().instance(DedicatedConnections.class).get().open("script", null);
    }
}
