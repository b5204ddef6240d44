package com.handbookflow.core.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on every POST: the same key with the same body returns the first
 * response and creates nothing new; the same key with another body is refused (422); while the
 * first request is still running, 409. Keys are per user and expire after
 * {@code handbook.idempotency.retention} (24 h). Only successful responses are remembered: a
 * refused or failed request changed nothing, so its retry runs again.
 * <p>
 * A {@code multipart/form-data} body (an attachment upload, up to {@code handbook.attachments.max-size})
 * is not read here: hashing it would mean holding it in memory before the upload is even parsed. The
 * upload endpoint claims the key itself once the file is on disk, fingerprinted by the file's SHA-256
 * (see {@code AttachmentsResource}).
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilters.class.getName() + ".claimed";

    @Inject
    IdempotencyKeys keys;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    private record Claim(String principal, String key) {
    }

    @ServerRequestFilter
    public Optional<Response> claimKey(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod()) || isMultipart(request)) {
            return Optional.empty();
        }
        byte[] body = readBody(request);
        String hash = IdempotencyKeys.fingerprint(request.getMethod() + " " + request.getUriInfo().getPath() + "\n", body);
        String principal = principal(user);
        Optional<Response> replay = keys.claim(principal, key, hash);
        if (replay.isEmpty()) {
            request.setProperty(CLAIMED, new Claim(principal, key));
        }
        return replay;
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claim claim)) {
            return;
        }
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            keys.remember(claim.principal(), claim.key(), status,
                    response.getMediaType() == null ? null : response.getMediaType().toString(),
                    serialize(response.getEntity()));
        } else {
            keys.forget(claim.principal(), claim.key());
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
}
