package com.handbookflow.core.idempotency;

import com.handbookflow.core.housekeeping.Purge;
import com.handbookflow.core.problem.ConflictException;
import com.handbookflow.core.problem.InvalidInputException;
import com.handbookflow.core.problem.UnprocessableException;
import com.handbookflow.core.time.SqlInstants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
 * The ledger of {@code Idempotency-Key}s: claim a key for a request's fingerprint, then remember the
 * response or forget the key. Used by {@link IdempotencyFilters} for every POST whose body it can hash,
 * and by an endpoint that fingerprints its request itself (an attachment upload, hashed from its file).
 * Each step is its own short transaction, apart from the request's.
 */
@ApplicationScoped
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
     * Claims {@code key} for {@code principal}: empty if this request is the first and should run; the
     * first response if it already ran; 409 while the first still runs; 422 if the key was used for a
     * request with another fingerprint.
     */
    public Optional<Response> claim(String principal, String key, String fingerprint) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException(IdempotencyFilters.HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters",
                    "长度必须为 1 到 " + MAX_KEY_LENGTH + " 个字符");
        }
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> claim(principal, key, fingerprint, now));
    }

    /** The request succeeded: a retry with the key gets this response. */
    public void remember(String principal, String key, int status, String contentType, String body) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update idempotency_record"
                        + " set state = 'DONE', response_status = :status, response_content_type = :type,"
                        + " response_body = :body where principal = :principal and idempotency_key = :key")
                .setParameter("status", status).setParameter("type", contentType).setParameter("body", body)
                .setParameter("principal", principal).setParameter("key", key)
                .executeUpdate());
    }

    /** The request was refused or failed and changed nothing: its retry runs again. */
    public void forget(String principal, String key) {
        QuarkusTransaction.requiringNew().run(() -> delete(principal, key));
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select request_hash, state, response_status,"
                        + " response_content_type, response_body, created_at, expires_at from idempotency_record"
                        + " where principal = :principal and idempotency_key = :key for update")
                .setParameter("principal", principal).setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        Instant createdAt = SqlInstants.toInstant(row[5]);
        Instant expiresAt = SqlInstants.toInstant(row[6]);
        boolean abandoned = "IN_FLIGHT".equals(row[1]) && createdAt.plus(config.abandonedAfter()).isBefore(now);
        if (expiresAt.isBefore(now) || abandoned) {
            delete(principal, key);
            return claim(principal, key, hash, now);
        }
        if ("IN_FLIGHT".equals(row[1])) {
            throw new ConflictException("idempotent-request-in-flight", "Request still in progress", "请求处理中",
                    "The first request with Idempotency-Key '" + key + "' is still being processed; retry shortly.",
                    "使用幂等键 '" + key + "' 的首个请求仍在处理中，请稍后重试。");
        }
        if (!hash.equals(row[0])) {
            throw new UnprocessableException("idempotency-key-reused", "Idempotency key reused", "幂等键被复用",
                    "Idempotency-Key '" + key + "' was used for a different request; use a new key for a new request.",
                    "幂等键 '" + key + "' 已用于另一个不同的请求，新请求请使用新的键。", null);
        }
        Response.ResponseBuilder replay = Response.status((Integer) row[2]).header(IdempotencyFilters.REPLAYED, "true");
        if (row[4] != null) {
            replay.entity(row[4]).type(row[3] == null ? MediaType.APPLICATION_JSON : (String) row[3]);
        }
        return Optional.of(replay.build());
    }

    private void delete(String principal, String key) {
        entityManager.createNativeQuery("delete from idempotency_record where principal = :principal"
                        + " and idempotency_key = :key")
                .setParameter("principal", principal).setParameter("key", key).executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        Purge.olderThan(entityManager, "idempotency_record", "expires_at", clock.instant());
    }
}
