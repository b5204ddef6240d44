package com.handbookflow.core.idempotency;

import com.handbookflow.core.housekeeping.Purge;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.sql.SqlRow;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.Session;
import org.hibernate.engine.jdbc.spi.SqlExceptionHelper;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.GenericJDBCException;

import javax.sql.DataSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The ledger of {@code Idempotency-Key}s, used by {@link IdempotencyFilters} for every POST whose body
 * it can hash and by an endpoint that fingerprints its request itself (an attachment upload, hashed
 * from its file). A key is recorded, with its response, by {@link #complete} in the transaction of the
 * request's change, so after a crash at any moment the key is either completed together with what the
 * request created, or free: a retry replays or runs for the first time, never twice. The key's primary
 * key decides between two requests with one key that run at once: only one transaction can commit it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyKeys {

    private static final int MAX_KEY_LENGTH = 255;

    private static final String FIND = "select request_hash, state, response_status, response_content_type,"
            + " response_body, expires_at, response_location from idempotency_record"
            + " where principal = ? and idempotency_key = ?";

    /**
     * Records the completed key, or completes the row this transaction claimed; replaces an expired
     * key or one an earlier version left IN_FLIGHT. Zero rows: a request with this key committed first
     * (the insert waited for it on the primary key).
     */
    private static final String COMPLETE = """
            insert into idempotency_record (principal, idempotency_key, request_hash, state, response_status,
              response_content_type, response_body, response_location, created_at, expires_at)
            values (?, ?, ?, 'DONE', ?, ?, ?, ?, ?, ?)
            on conflict (principal, idempotency_key) do update set request_hash = excluded.request_hash,
              state = 'DONE', response_status = excluded.response_status,
              response_content_type = excluded.response_content_type, response_body = excluded.response_body,
              response_location = excluded.response_location, created_at = excluded.created_at,
              expires_at = excluded.expires_at
            where idempotency_record.state <> 'DONE' or idempotency_record.expires_at < excluded.created_at""";

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final SqlExceptionHelper sqlExceptions;
    private final Clock clock;
    private final IdempotencyConfig config;

    IdempotencyKeys(EntityManager entityManager, DataSource dataSource, EntityManagerFactory entityManagers,
                    Clock clock, IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.sqlExceptions = entityManagers.unwrap(SessionFactoryImplementor.class).getJdbcServices().getSqlExceptionHelper();
        this.clock = clock;
        this.config = config;
    }

    /**
     * Before a request runs, outside any transaction (one autocommit select, the connection returned at
     * once): the first response if {@code key} was completed for this request; 422 if it was completed
     * for a request with another fingerprint; empty if the key is free (never used, expired, or left
     * IN_FLIGHT by an earlier version), and the request runs, to {@link #complete} the key.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Response> completed(String principal, String key, String fingerprint) {
        requireValid(key);
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            // Hibernate's own words: the problem mapper answers 503 with Retry-After for them
            throw new GenericJDBCException("Unable to acquire JDBC Connection", e);
        }
        try (connection; PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, principal);
            statement.setString(2, key);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Recorded recorded = new Recorded(row.getString("request_hash"), row.getString("state"),
                        row.getInt("response_status"), row.getString("response_content_type"),
                        row.getString("response_body"), row.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        row.getString("response_location"));
                return recorded.isLive(clock.instant()) ? Optional.of(recorded.replay(key, fingerprint)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw sqlExceptions.convert(e, "could not read the idempotency key", FIND);
        }
    }

    /**
     * Claims {@code key} for {@code principal} before the request's change, for an endpoint whose change
     * is not only in the transaction (an attachment's file): empty if this request is the first and
     * should run (the key's row stays locked until the transaction ends, so a concurrent retry waits for
     * it); the first response if it already ran; 422 if the key was used for a request with another
     * fingerprint. {@link #complete} then records the response.
     */
    public Optional<Response> claim(String principal, String key, String fingerprint) {
        requireValid(key);
        return claim(principal, key, fingerprint, clock.instant());
    }

    /**
     * The request succeeded: the key is recorded with its response in the request's transaction (one
     * statement), and a retry gets this response. False if another request with this key committed
     * first: this one must roll back and answer with {@link #completed}.
     */
    public boolean complete(String principal, String key, String fingerprint, int status, String contentType,
                            String body, String location) {
        Instant now = clock.instant();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(COMPLETE)) {
                statement.setString(1, principal);
                statement.setString(2, key);
                statement.setString(3, fingerprint);
                statement.setInt(4, status);
                statement.setString(5, contentType);
                statement.setString(6, body);
                statement.setString(7, location);
                statement.setObject(8, now.atOffset(ZoneOffset.UTC));
                statement.setObject(9, now.plus(config.retention()).atOffset(ZoneOffset.UTC));
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** SHA-256 over the parts that make a request what it is, in order. */
    public static String fingerprint(String prefix, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireValid(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidValueException.of(IdempotencyKeys.class, IdempotencyFilters.HEADER,
                    "invalid-input.idempotency-key-length", MAX_KEY_LENGTH);
        }
    }

    private Optional<Response> claim(String principal, String key, String hash, Instant now) {
        int inserted = entityManager.createNativeQuery("insert into idempotency_record (principal, idempotency_key,"
                        + " request_hash, state, created_at, expires_at) values (:principal, :key, :hash, 'IN_FLIGHT',"
                        + " :now, :expires) on conflict do nothing")
                .setParameter("principal", principal).setParameter("key", key).setParameter("hash", hash)
                .setParameter("now", now).setParameter("expires", now.plus(config.retention()))
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        List<SqlRow> rows = SqlRow.list(entityManager.createNativeQuery("select request_hash, state, response_status,"
                        + " response_content_type, response_body, expires_at, response_location from idempotency_record"
                        + " where principal = :principal and idempotency_key = :key for update", Tuple.class)
                .setParameter("principal", principal).setParameter("key", key));
        if (rows.isEmpty()) {
            return claim(principal, key, hash, now); // the first request rolled back while we waited
        }
        SqlRow row = rows.get(0);
        Recorded recorded = new Recorded(row.string("request_hash"), row.string("state"), row.integer("response_status"),
                row.string("response_content_type"), row.string("response_body"), row.instant("expires_at"),
                row.string("response_location"));
        if (!recorded.isLive(now)) {
            delete(principal, key);
            return claim(principal, key, hash, now);
        }
        return Optional.of(recorded.replay(key, hash));
    }

    /** A key's row as recorded. */
    private record Recorded(String hash, String state, Integer status, String contentType, String body,
                            Instant expiresAt, String location) {

        /** Only a completed key is ever committed now; an IN_FLIGHT row is one an earlier version left behind. */
        boolean isLive(Instant now) {
            return !expiresAt.isBefore(now) && "DONE".equals(state);
        }

        /** The first response again, if {@code fingerprint} is the first request's; 422 if not. */
        Response replay(String key, String fingerprint) {
            if (!fingerprint.equals(hash)) {
                throw new RuleBrokenException(ProblemText.of(IdempotencyKeys.class, "idempotency-key-reused", key));
            }
            Response.ResponseBuilder replay = Response.status(status).header(IdempotencyFilters.REPLAYED, "true");
            if (location != null) {
                replay.header(HttpHeaders.LOCATION, location);
            }
            if (body != null) {
                replay.entity(body).type(contentType == null ? MediaType.APPLICATION_JSON : contentType);
            }
            return replay.build();
        }
    }

    private void delete(String principal, String key) {
        entityManager.createNativeQuery("delete from idempotency_record where principal = :principal"
                        + " and idempotency_key = :key")
                .setParameter("principal", principal).setParameter("key", key).executeUpdate();
    }

    /** Batches of their own (Purge), outside any request. */
    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.SUPPORTS)
    void purgeExpired() {
        Purge.olderThan(entityManager, "idempotency_record", "expires_at", clock.instant());
    }
}
