package com.handbookflow.core.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import org.hibernate.engine.jdbc.spi.SqlExceptionHelper;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.GenericJDBCException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out business numbers from one counter row per scope and period
 * ({@code business_number_counter}), in a short transaction of its own: registrations take the row
 * lock only for that upsert, never for their whole transaction, so they do not queue on one row.
 * The price: a registration that rolls back leaves a gap in the sequence (a number is never reused).
 *
 * <p>That transaction is the upsert alone, in autocommit on a connection outside the caller's JTA
 * transaction (suspended meanwhile): one statement and round trip, where a {@code REQUIRES_NEW}
 * transaction cost BEGIN and COMMIT besides and the JTA begin, enlistment and commit in the service
 * (about 8% of complaint-service's CPU per intake). The caller's transaction has not touched the
 * database yet at that point, so it never holds two connections.
 *
 * <p>Callers of one JVM that want a number of the same counter while its upsert runs are served
 * together by the next one ({@link CombinedCounter}: {@code last = last + n}, numbers in arrival
 * order): under load one statement, commit and WAL flush for a burst instead of one each queued on
 * the row lock. Nothing is taken ahead of demand, so a restart leaves no gap, and other instances
 * take their ranges from the same row.
 */
@ApplicationScoped
public class BusinessNumbers {

    private static final String NEXT = """
            insert into business_number_counter (scope, period, last) values (?, ?, ?)
            on conflict (scope, period) do update set last = business_number_counter.last + excluded.last
            returning last""";

    /** Bounds the counters kept: one per scope and period, so a new day adds one; cleared past this. */
    private static final int MAX_COUNTERS = 64;

    private final DataSource dataSource;
    private final SqlExceptionHelper sqlExceptions;
    private final ConcurrentHashMap<String, CombinedCounter> counters = new ConcurrentHashMap<>();

    BusinessNumbers(DataSource dataSource, EntityManagerFactory entityManagers) {
        this.dataSource = dataSource;
        this.sqlExceptions = entityManagers.unwrap(SessionFactoryImplementor.class).getJdbcServices().getSqlExceptionHelper();
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String next(NumberScheme scheme, LocalDate day) {
        String period = scheme.period().keyOf(day);
        try {
            return scheme.format(day, counter(scheme.scope(), period).next(n -> take(scheme.scope(), period, n)));
        } catch (NoConnection e) {
            // Hibernate's own words: the problem mapper answers 503 with Retry-After for them, as before
            throw new GenericJDBCException("Unable to acquire JDBC Connection", e.cause);
        } catch (SQLException e) {
            // converted on each caller's thread: the callers of a group share the one failure
            throw sqlExceptions.convert(e, "could not take the next " + scheme.scope() + " number", NEXT);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private CombinedCounter counter(String scope, String period) {
        if (counters.size() > MAX_COUNTERS) {
            // a caller still holding a dropped counter is served by it; the row keeps numbers unique either way
            counters.clear();
        }
        return counters.computeIfAbsent(scope + '\u0000' + period, key -> new CombinedCounter());
    }

    /** Takes n numbers of the counter in one autocommit upsert; returns the last of them. */
    private long take(String scope, String period, int n) throws SQLException, NoConnection {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new NoConnection(e);
        }
        try (connection) {
            if (!connection.getAutoCommit()) {
                throw new IllegalStateException("a business number needs an autocommit connection outside a transaction");
            }
            try (PreparedStatement statement = connection.prepareStatement(NEXT)) {
                statement.setString(1, scope);
                statement.setString(2, period);
                statement.setLong(3, n);
                try (ResultSet last = statement.executeQuery()) {
                    last.next();
                    return last.getLong(1);
                }
            }
        }
    }

    /** The pool gave no connection (converted per caller, as Hibernate words it). */
    private static final class NoConnection extends Exception {
        final SQLException cause;

        NoConnection(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
