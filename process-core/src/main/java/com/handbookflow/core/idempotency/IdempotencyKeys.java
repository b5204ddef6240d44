package com.handbookflow.core.idempotency;

import com.handbookflow.core.housekeeping.Purge;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.sql.SqlRow;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The ledger of {@code Idempotency-Key}s, used by {@link IdempotencyFilters} for every POST whose body
 * it can hash and by an endpoint that fingerprints its request itself (an attachment upload, hashed
 * from its file). Claim and completion run in the transaction of the request's change, so after a
 * crash at any moment the key is either completed together with what the request created, or free:
 * a retry replays or runs for the first time, never twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyKeys {

    private static final int MAX_KEY_LENGTH = 255;

    private final EntityManager entityManager;
    private final Clock clock;
    private final IdempotencyConfig config;

    IdempotencyKeys(EntityManager entityManager, Clock clock, IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Claims {@code key} for {@code principal}: empty if this request is the first and should run (the
     * key's row stays locked until the transaction ends, so a concurrent retry waits for it); the first
     * response if it already ran; 422 if the key was used for a request with another fingerprint.
     */
    public Optional<Response> claim(String principal, String key, String fingerprint) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidValueException.of(IdempotencyKeys.class, IdempotencyFilters.HEADER,
                    "invalid-input.idempotency-key-length", MAX_KEY_LENGTH);
        }
        return claim(principal, key, fingerprint, clock.instant());
    }

    /** The request succeeded: the key is completed in the same transaction, and a retry gets this response. */
    public void complete(String principal, String key, int status, String contentType, String body, String location) {
        entityManager.createNativeQuery("update idempotency_record set state = 'DONE', response_status = :status,"
                        + " response_content_type = :type, response_body = :body, response_location = :location"
                        + " where principal = :principal and idempotency_key = :key")
                .setParameter("status", status).setParameter("type", contentType).setParameter("body", body)
                .setParameter("location", location)
                .setParameter("principal", principal).setParameter("key", key)
                .executeUpdate();
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
        Instant expiresAt = row.instant("expires_at");
        // Only a completed key is ever committed now; an IN_FLIGHT row is one an earlier version left behind.
        if (expiresAt.isBefore(now) || !"DONE".equals(row.string("state"))) {
            delete(principal, key);
            return claim(principal, key, hash, now);
        }
        if (!hash.equals(row.string("request_hash"))) {
            throw new RuleBrokenException(ProblemText.of(IdempotencyKeys.class, "idempotency-key-reused", key));
        }
        Response.ResponseBuilder replay = Response.status(row.integer("response_status")).header(IdempotencyFilters.REPLAYED, "true");
        if (row.value("response_location") != null) {
            replay.header(HttpHeaders.LOCATION, row.string("response_location"));
        }
        if (row.value("response_body") != null) {
            String contentType = row.string("response_content_type");
            replay.entity(row.value("response_body")).type(contentType == null ? MediaType.APPLICATION_JSON : contentType);
        }
        return Optional.of(replay.build());
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
