package com.handbookflow.core.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.problem.ProblemMapper;
import com.handbookflow.core.security.CurrentUser;
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
 * <p>
 * A {@code multipart/form-data} body (an attachment upload, up to {@code handbook.attachments.max-size})
 * is not read here: hashing it would mean holding it in memory before the upload is even parsed. The
 * upload endpoint claims the key itself, in its own transaction, once the file is on disk,
 * fingerprinted by the file's SHA-256 (see {@code AttachmentsResource}).
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilters.class.getName() + ".claimed";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyKeys keys;

    @Inject
    TransactionManager transactions;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    private record Claim(String principal, String key) {
    }

    @ServerRequestFilter
    public Optional<Response> claimKey(ContainerRequestContext request) throws Exception {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod()) || isMultipart(request)) {
            return Optional.empty();
        }
        byte[] body = readBody(request);
        String hash = IdempotencyKeys.fingerprint(request.getMethod() + " " + request.getUriInfo().getPath() + "\n", body);
        String principal = principal(user);
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            LOG.warn("a transaction was left on this worker thread; rolled back before the keyed request");
            transactions.rollback();
        }
        transactions.begin();
        try {
            Optional<Response> replay = keys.claim(principal, key, hash);
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
                keys.complete(claim.principal(), claim.key(), status,
                        response.getMediaType() == null ? null : response.getMediaType().toString(),
                        serialize(response.getEntity()), response.getHeaderString(HttpHeaders.LOCATION));
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

    private void rollbackQuietly() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (Exception e) {
            LOG.warn("could not roll back the keyed request's transaction", e);
        }
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

    /** Keys are remembered per user. */
    public static String principal(CurrentUser user) {
        return user.isAuthenticated() ? user.id() : "anonymous";
    }

    private static boolean isMultipart(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type);
    }
}
