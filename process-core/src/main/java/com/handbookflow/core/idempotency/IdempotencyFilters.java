package com.handbookflow.core.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.domain.DomainException;
import com.handbookflow.core.problem.ProblemMapper;
import com.handbookflow.core.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on every POST: the same key with the same body returns the first
 * response and creates nothing new; the same key with another body is refused (422). Keys are per
 * user and expire after {@code handbook.idempotency.retention} (24 h). Only successful responses
 * are remembered: a refused or failed request changed nothing, so its retry runs again.
 *
 * <p>Crash-safe: a keyed POST runs in one transaction, begun here before the resource (whose
 * {@code @Transactional} services join it) and committed after the response is known, together with
 * the completed key: its response (status, {@code Location} of what it created, body), inserted by one
 * statement. A crash at any point leaves either both the change and the completed key or neither: a
 * retry then replays or runs for the first time. Before the request runs, one autocommit select looks
 * the key up (a completed key replays at once, without a transaction); the request's transaction
 * touches the database only at its flush, so it holds one connection at a time (a business number
 * takes its own, see {@code BusinessNumbers}). A retry while the first request runs is not made to
 * wait before it starts: it runs, its key's insert waits on the first's (the primary key), and when
 * the first commits it rolls back and replays the first response; if the first fails, it commits.
 * A request refused because the first with its key has just changed the same object (a 409 on its
 * version) replays the first response too.
 * <p>
 * The response is serialised once, here: the recorded text is also what the client receives, so a
 * replay is byte for byte the first answer.
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
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    @Inject
    IdempotencyKeys keys;

    @Inject
    TransactionManager transactions;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    private record Claim(String principal, String key, String fingerprint) {
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
        Optional<Response> replay = keys.completed(principal, key, hash);
        if (replay.isEmpty()) {
            transactions.begin();
            request.setProperty(CLAIMED, new Claim(principal, key, hash));
        }
        return replay;
    }

    /**
     * Completes the key with the response and commits it with the request's changes; or rolls both
     * back, and answers with the first response if a request with this key committed meanwhile.
     */
    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIMED);
        int status = response.getStatus();
        try {
            if (status >= 200 && status < 300) {
                Object entity = response.getEntity();
                String body = serialize(entity);
                MediaType type = response.getMediaType();
                boolean first = keys.complete(claim.principal(), claim.key(), claim.fingerprint(), status,
                        type == null ? null : type.toString(), body, response.getHeaderString(HttpHeaders.LOCATION));
                if (!first) { // a request with this key committed while this one ran: its answer is ours
                    rollbackQuietly();
                    replace(response, keys.completed(claim.principal(), claim.key(), claim.fingerprint())
                            .orElseGet(() -> new ProblemMapper().concurrentChange(null, request.getUriInfo())));
                    return;
                }
                // flushes the request's changes: a refusal of them (or a transaction the request marked
                // rollback-only) throws here, and the client is told, not answered 200
                transactions.commit();
                if (body != null && body != entity && isJson(type, entity)) {
                    // serialised once: the client receives the text the key recorded
                    response.setEntity(body, NO_ANNOTATIONS, type == null ? MediaType.APPLICATION_JSON_TYPE : type);
                }
            } else {
                rollbackQuietly();
                replayIfCompleted(request, response, claim);
            }
        } catch (Exception e) {
            rollbackQuietly();
            replace(response, new ProblemMapper().commitFailure(e, request.getUriInfo()));
        }
    }

    /**
     * A refused request whose key a concurrent request has just completed (it changed the same object
     * first: this one got 409) answers with that request's response, as if it had waited for it.
     */
    private void replayIfCompleted(ContainerRequestContext request, ContainerResponseContext response, Claim claim) {
        try {
            keys.completed(claim.principal(), claim.key(), claim.fingerprint()).ifPresent(first -> replace(response, first));
        } catch (DomainException reused) { // completed for another request: 422, as before the request ran
            replace(response, new ProblemMapper().problem(reused, request.getUriInfo()));
        } catch (RuntimeException e) { // the database is gone: the refusal stands
            LOG.warnf("could not look up the key of a refused request: %s", e.getMessage());
        }
    }

    /** The rolled-back response's own headers (what it created, its version) go; the replacement's come. */
    private static void replace(ContainerResponseContext response, Response replacement) {
        response.setStatus(replacement.getStatus());
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.getHeaders().remove(HttpHeaders.ETAG);
        replacement.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                response.getHeaders().put(name, new ArrayList<>(values));
            }
        });
        response.setEntity(replacement.getEntity(), NO_ANNOTATIONS, replacement.getMediaType());
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

    /** A body the JSON writer would have written: the recorded text may stand in for it. */
    private static boolean isJson(MediaType type, Object entity) {
        if (type == null) {
            return !(entity instanceof byte[] || entity instanceof java.io.InputStream || entity instanceof StreamingOutput);
        }
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    private static boolean isMultipart(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type);
    }
}
