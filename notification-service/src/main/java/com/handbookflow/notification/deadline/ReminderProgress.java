package com.handbookflow.notification.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the reminder state of a claimed batch of obligations (what was told, the next action time) in one statement.
 * Hibernate's flush wrote every column of every row, a statement each, in JDBC batches of the configured size: the
 * columns the scheduler never changes were sent, bound and compared 500 times a batch. The rows are held
 * {@code FOR UPDATE} by the claim; the version is still checked and advanced, as Hibernate's update did, so an
 * editor holding an older copy fails as before.
 */
@ApplicationScoped
public class ReminderProgress {

    private final EntityManager entityManager;

    ReminderProgress(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Takes {@code claimed} out of Hibernate's dirty checking; {@link #save} writes what the scheduler changes.
     * Call before changing them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void writtenHere(List<Obligation> claimed) {
        Session session = entityManager.unwrap(Session.class);
        claimed.forEach(o -> session.setReadOnly(o, true));
    }

    /** Writes the advanced reminder state of {@code rows} (taken by {@link #writtenHere}) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void save(List<Obligation> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int updated = entityManager.unwrap(Session.class).doReturningWork(connection -> update(connection, rows));
        if (updated != rows.size()) {
            throw new OptimisticLockException("the reminder state of " + rows.size() + " claimed obligations was written to "
                    + updated + " rows: another transaction changed some since the claim");
        }
    }

    private static int update(Connection connection, List<Obligation> rows) throws SQLException {
        int n = rows.size();
        Object[] ids = new Object[n];
        Boolean[] warned = new Boolean[n];
        Boolean[] overdueNoticed = new Boolean[n];
        Integer[] repeatsSent = new Integer[n];
        Integer[] escalationLevel = new Integer[n];
        String[] nextActionAt = new String[n];
        Long[] version = new Long[n];
        for (int i = 0; i < n; i++) {
            Obligation o = rows.get(i);
            ids[i] = o.id();
            warned[i] = o.warned();
            overdueNoticed[i] = o.overdueNoticed();
            repeatsSent[i] = o.repeatsSent();
            escalationLevel[i] = o.escalationLevel();
            nextActionAt[i] = o.nextActionAt() == null ? null : o.nextActionAt().toString();
            version[i] = o.version();
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update obligation o set warned = u.warned, overdue_noticed = u.overdue_noticed,
                    repeats_sent = u.repeats_sent, escalation_level = u.escalation_level,
                    next_action_at = u.next_action_at, version = o.version + 1
                from unnest(?::uuid[], ?::boolean[], ?::boolean[], ?::int[], ?::int[], ?::timestamptz[], ?::bigint[])
                    as u(id, warned, overdue_noticed, repeats_sent, escalation_level, next_action_at, version)
                where o.id = u.id and o.version = u.version""")) {
            update.setArray(1, connection.createArrayOf("uuid", ids));
            update.setArray(2, connection.createArrayOf("bool", warned));
            update.setArray(3, connection.createArrayOf("bool", overdueNoticed));
            update.setArray(4, connection.createArrayOf("int4", repeatsSent));
            update.setArray(5, connection.createArrayOf("int4", escalationLevel));
            update.setArray(6, connection.createArrayOf("text", nextActionAt));
            update.setArray(7, connection.createArrayOf("int8", version));
            return update.executeUpdate();
        }
    }
}
