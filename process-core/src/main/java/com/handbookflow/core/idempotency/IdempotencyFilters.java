package com.handbookflow.core.idempotency;

import com.handbookflow.core.housekeeping.Purge;
import com.handbookflow.core.time.SqlInstants;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.problem.InvalidInputException;
import com.handbookflow.core.problem.ProblemMapper;
import com.handbookflow.core.problem.UnprocessableException;
import com.handbookflow.core.security.CurrentUser;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on every POST: the same key with the same body returns the first
 * response and creates nothing new; the same key with another body is refused (422). Keys are per
 * user and expire after {@code handbook.idempotency.retention} (24 h). Only successful responses
 * are remembered: a refused or failed request changed nothing, so its retry runs again.
 *
 * <p>Crash-safe: a keyed POST runs in one transaction, begun here before the resource (whose
 * {@code @Transactional} services join it), holding the key's row, and committed after the
 * response is known together with that response (status, {@code Location} of what it created,
 * body). A crash at any point leaves either both the change and the completed key or neither: a
 * retry then replays or runs for the first time. A retry while the first request runs waits on the
 * key's row and then replays (or runs, if the first failed).
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilters.class.getName() + ".claimed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionManager transactions;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    IdempotencyConfig config;

    @Inject
    ObjectMapper json;

    private record Claim(String principal, String key) {
    }

    @ServerRequestFilter
    public Optional<Response> claimKey(ContainerRequestContext request) throws Exception {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters",
                    "长度必须为 1 到 " + MAX_KEY_LENGTH + " 个字符");
        }
        byte[] body = readBody(request);
        String hash = sha256(request.getMethod() + " " + request.getUriInfo().getPath() + "\n", body);
        String principal = user.isAuthenticated() ? user.id() : "anonymous";
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            LOG.warn("a transaction was left on this worker thread; rolled back before the keyed request");
            transactions.rollback();
        }
        transactions.begin();
        try {
            Optional<Response> replay = claim(principal, key, hash, clock.instant());
            if (replay.isPresent()) {
                transactions.commit();
            } else {
                request.setProperty(CLAIMED, new Claim(principal, key));
            }
            return replay;
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /** Completes the key with the response and commits it with the request's changes; or rolls both back. */
    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIMED);
        int status = response.getStatus();
        try {
            if (status >= 200 && status < 300) {
                entityManager.flush(); // a refusal of the request's own changes surfaces here, not as a 200
                entityManager.createNativeQuery("update idempotency_record set state = 'DONE', response_status = :status,"
                                + " response_content_type = :type, response_body = :body, response_location = :location"
                                + " where principal = :principal and idempotency_key = :key")
                        .setParameter("status", status)
                        .setParameter("type", response.getMediaType() == null ? null : response.getMediaType().toString())
                        .setParameter("body", serialize(response.getEntity()))
                        .setParameter("location", response.getHeaderString(HttpHeaders.LOCATION))
                        .setParameter("principal", claim.principal())
                        .setParameter("key", claim.key())
                        .executeUpdate();
                transactions.commit(); // marked rollback-only by the request: throws, and the client is told
            } else {
                rollbackQuietly();
            }
        } catch (Exception e) {
            rollbackQuietly();
            Response problem = new ProblemMapper().commitFailure(e, request.getUriInfo());
            response.setStatus(problem.getStatus());
            response.getHeaders().remove(HttpHeaders.LOCATION);
            response.setEntity(problem.getEntity(), new java.lang.annotation.Annotation[0], problem.getMediaType());
        }
    }

    /** Claims the key (its row stays locked until the request's transaction ends), or answers from the first request. */
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
                        + " response_content_type, response_body, expires_at, response_location from idempotency_record"
                        + " where principal = :principal and idempotency_key = :key for update")
                .setParameter("principal", principal).setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            return claim(principal, key, hash, now); // the first request rolled back while we waited
        }
        Object[] row = rows.get(0);
        Instant expiresAt = SqlInstants.toInstant(row[5]);
        // Only a completed key is ever committed now; an IN_FLIGHT row is one an earlier version left behind.
        if (expiresAt.isBefore(now) || !"DONE".equals(row[1])) {
            forget(principal, key);
            return claim(principal, key, hash, now);
        }
        if (!hash.equals(row[0])) {
            throw new UnprocessableException("idempotency-key-reused", "Idempotency key reused", "幂等键被复用",
                    "Idempotency-Key '" + key + "' was used for a different request; use a new key for a new request.",
                    "幂等键 '" + key + "' 已用于另一个不同的请求，新请求请使用新的键。", null);
        }
        Response.ResponseBuilder replay = Response.status((Integer) row[2]).header(REPLAYED, "true");
        if (row[6] != null) {
            replay.header(HttpHeaders.LOCATION, row[6]);
        }
        if (row[4] != null) {
            replay.entity(row[4]).type(row[3] == null ? MediaType.APPLICATION_JSON : (String) row[3]);
        }
        return Optional.of(replay.build());
    }

    private void rollbackQuietly() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (Exception e) {
            LOG.warn("could not roll back the keyed request's transaction", e);
        }
    }

    private void forget(String principal, String key) {
        entityManager.createNativeQuery("delete from idempotency_record where principal = :principal"
                        + " and idempotency_key = :key")
                .setParameter("principal", principal).setParameter("key", key).executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        Purge.olderThan(entityManager, "idempotency_record", "expires_at", clock.instant());
    }

    private static byte[] readBody(ContainerRequestContext request) {
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String serialize(Object entity) {
        try {
            return entity == null ? null : entity instanceof String s ? s : json.writeValueAsString(entity);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot remember the response", e);
        }
    }

    private static String sha256(String prefix, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
