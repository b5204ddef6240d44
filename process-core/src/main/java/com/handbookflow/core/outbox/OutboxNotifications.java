package com.handbookflow.core.outbox;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Listens on a PostgreSQL connection of its own for the commits of outbox rows (channel
 * {@value #CHANNEL}: notified by the trigger of migration V0_12 for a writer other than a service, and by
 * another instance's relay that found the lock taken after its own commits, or that stopped and let the lock
 * go) and wakes the relay for each:
 * a row written by another instance or by plain SQL is published at once instead of at the next poll. Losing the connection loses no event: the relay keeps polling, this
 * thread connects again with a growing pause, and wakes the relay once connected (a commit may have gone
 * unheard meanwhile).
 */
final class OutboxNotifications {

    /** A connection to this service's database; each call opens a new one. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    static final String CHANNEL = "outbox_event";
    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);
    /** One wait for a notification: how long a stop may wait for this thread. */
    private static final int WAIT_MILLIS = 1_000;
    /** Silence after which the connection is checked (a network lost without a word). */
    private static final long CHECK_AFTER_NANOS = Duration.ofSeconds(10).toNanos();

    private final Connector connector;
    private final Runnable wake;
    private final Duration maxBackoff;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private Thread worker;

    OutboxNotifications(Connector connector, Runnable wake, Duration maxBackoff) {
        this.connector = connector;
        this.wake = wake;
        this.maxBackoff = maxBackoff;
    }

    void start() {
        running = true;
        worker = new Thread(this::run, "outbox-relay-listener");
        worker.setDaemon(true);
        worker.start();
    }

    void stop() {
        running = false;
        stopped.countDown();
        if (worker != null) {
            try {
                worker.join(2L * WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        boolean listening = true;
        while (running) {
            try (Connection listener = connector.connect()) {
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!listening) {
                    LOG.info("outbox relay hears commits again");
                }
                listening = true;
                backoff = Duration.ofMillis(100);
                wake.run(); // a commit made before LISTEN was not heard
                PGConnection notifications = listener.unwrap(PGConnection.class);
                long lastHeard = System.nanoTime();
                while (running) {
                    PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
                    if (heard != null && heard.length > 0) {
                        wake.run();
                        lastHeard = System.nanoTime();
                    } else if (System.nanoTime() - lastHeard > CHECK_AFTER_NANOS) {
                        if (!listener.isValid(5)) {
                            throw new SQLException("the listening connection does not answer");
                        }
                        lastHeard = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (listening) {
                    LOG.warnf("outbox relay cannot listen for commits (%s); it polls meanwhile and connects again",
                            e.getMessage());
                    listening = false;
                }
            }
            try {
                if (stopped.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        }
    }
}
