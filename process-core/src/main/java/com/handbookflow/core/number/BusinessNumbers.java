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
 */
@ApplicationScoped
public class BusinessNumbers {

    private static final String NEXT = """
            insert into business_number_counter (scope, period, last) values (?, ?, 1)
            on conflict (scope, period) do update set last = business_number_counter.last + 1
            returning last""";

    private final DataSource dataSource;
    private final SqlExceptionHelper sqlExceptions;

    BusinessNumbers(DataSource dataSource, EntityManagerFactory entityManagers) {
        this.dataSource = dataSource;
        this.sqlExceptions = entityManagers.unwrap(SessionFactoryImplementor.class).getJdbcServices().getSqlExceptionHelper();
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String next(NumberScheme scheme, LocalDate day) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            // Hibernate's own words: the problem mapper answers 503 with Retry-After for them, as before
            throw new GenericJDBCException("Unable to acquire JDBC Connection", e);
        }
        try (connection) {
            if (!connection.getAutoCommit()) {
                throw new IllegalStateException("a business number needs an autocommit connection outside a transaction");
            }
            try (PreparedStatement statement = connection.prepareStatement(NEXT)) {
                statement.setString(1, scheme.scope());
                statement.setString(2, scheme.period().keyOf(day));
                try (ResultSet last = statement.executeQuery()) {
                    last.next();
                    return scheme.format(day, last.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw sqlExceptions.convert(e, "could not take the next " + scheme.scope() + " number", NEXT);
        }
    }
}
