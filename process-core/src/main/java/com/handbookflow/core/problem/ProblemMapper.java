package com.handbookflow.core.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.handbookflow.core.domain.ContentRefusedException;
import com.handbookflow.core.domain.DomainException;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.NotPermittedException;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.json.JsonTypes;
import com.handbookflow.core.json.RefusedValueException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where failures become RFC 9457 {@code application/problem+json}. Bad input is a
 * 4xx with a message a person can act on; only a real fault is a 500, and it never shows a stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** A domain refusal: its kind gives the status, everything else it says itself. */
    @ServerExceptionMapper
    public Response problem(DomainException e, UriInfo uri) {
        return respond(new Problem(URI.create(Problem.TYPE_BASE + e.type()), e.title(), status(e), e.getMessage(),
                path(uri), e.titleZh(), e.detailZh(),
                nullIfEmpty(e.errors().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList()),
                e.extensions()));
    }

    private static int status(DomainException e) {
        if (e instanceof InvalidValueException) {
            return 400;
        }
        if (e instanceof ObjectNotFoundException) {
            return 404;
        }
        if (e instanceof StateConflictException) {
            return 409;
        }
        if (e instanceof RuleBrokenException) {
            return 422;
        }
        if (e instanceof NotPermittedException) {
            return 403;
        }
        if (e instanceof ContentRefusedException refused) {
            return switch (refused.reason()) {
                case TOO_LARGE -> 413;
                case TYPE_NOT_ALLOWED -> 415;
            };
        }
        throw new IllegalStateException("no status for " + e.getClass().getName());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String summary = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        Texts texts = Texts.of(ProblemMapper.class);
        return respond(problem(new ProblemText("invalid-input", texts.en("problem.invalid-input.title"),
                texts.zh("problem.invalid-input.title"), texts.en("invalid-input.constraints", summary),
                texts.zh("invalid-input.constraints", summary)), 400, uri, errors));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                : null;
        Texts texts = Texts.of(ProblemMapper.class);
        String detail;
        String detailZh;
        if (e instanceof RefusedValueException refused && field != null) {
            detail = texts.en("malformed-request.refused-value", field, refused.reason());
            detailZh = texts.zh("malformed-request.refused-value", field, refused.reasonZh());
        } else if (e instanceof InvalidFormatException f && field != null) {
            String allowed = allowedValues(f.getTargetType());
            detail = texts.en("malformed-request.invalid-value", field, f.getValue(), allowed);
            detailZh = texts.zh("malformed-request.invalid-value", field, f.getValue(), allowed);
        } else if (e instanceof MismatchedInputException m && field != null && m.getTargetType() != null) {
            detail = texts.en("malformed-request.wrong-type", field, JsonTypes.describe(m.getTargetType()));
            detailZh = texts.zh("malformed-request.wrong-type", field, JsonTypes.describeZh(m.getTargetType()));
        } else if (field != null) {
            String reason = JsonTypes.withoutJavaNames(e.getOriginalMessage());
            detail = texts.en("malformed-request.unreadable-field", field) + reason;
            detailZh = texts.zh("malformed-request.unreadable-field", field);
        } else {
            String reason = JsonTypes.withoutJavaNames(e.getOriginalMessage());
            detail = texts.en("malformed-request.not-json") + reason; // the parser's words exist in English only
            detailZh = texts.zh("malformed-request.not-json");
        }
        return respond(new Problem(URI.create(Problem.TYPE_BASE + "malformed-request"),
                texts.en("problem.malformed-request.title"), 400, texts.en("problem.malformed-request.detail", detail),
                path(uri), texts.zh("problem.malformed-request.title"),
                texts.zh("problem.malformed-request.detail", detailZh),
                field == null ? null : List.of(new Problem.FieldError(field, detail)), null));
    }

    /**
     * Quarkus REST has its own, more specific mapper for an unreadable field (an unknown enum value
     * such as {@code "channel": "FAX"}) that answers plain JSON; this one takes precedence.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    /**
     * A failure at commit (the flush of a transaction) arrives wrapped: look inside for a lost race.
     * Two moves on one instance either fail the version check or both insert the next node; either
     * way the loser is told to reload, and nothing of its request was written.
     */
    @ServerExceptionMapper({jakarta.transaction.RollbackException.class, jakarta.persistence.PersistenceException.class,
            io.quarkus.arc.ArcUndeclaredThrowableException.class})
    public Response commitFailure(Exception e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && "uq_node_instance_seq".equals(violation.getConstraintName()))) {
                return concurrentChange((RuntimeException) cause, uri);
            }
            if (cause instanceof DomainException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || (cause instanceof org.hibernate.exception.GenericJDBCException jdbc && jdbc.getMessage() != null
                    && jdbc.getMessage().startsWith("Unable to acquire JDBC Connection"))) {
                return databaseUnavailable(e, uri);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return unexpected(e, uri);
    }

    /**
     * The database could not be reached, or every connection of the pool stayed busy past its wait (a
     * burst, PostgreSQL restarting): 503 with Retry-After, so a client knows the request can be sent
     * again (with its Idempotency-Key) and nothing was written; not a 500 that looks like a bug.
     */
    private Response databaseUnavailable(Exception e, UriInfo uri) {
        LOG.warnf("database unavailable at %s: %s", path(uri), e.getMessage());
        return Response.fromResponse(respond(problem(ProblemText.of(ProblemMapper.class, "service-unavailable"),
                        503, uri, null)))
                .header("Retry-After", "2").build();
    }

    /** Two writers raced on one aggregate: the loser is told to reload and retry, nothing was written. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return respond(problem(ProblemText.of(ProblemMapper.class, "concurrent-change"), 409, uri, null));
    }

    /** No token, an expired or forged one: 401, and the client knows to authenticate with a bearer token. */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class,
            io.quarkus.security.AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(problem(ProblemText.of(ProblemMapper.class, "unauthenticated"),
                        401, uri, null)))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        // the type's own detail names who may; the framework's refusal does not know, so its words differ
        Texts texts = Texts.of(ProblemMapper.class);
        return respond(new Problem(URI.create(Problem.TYPE_BASE + "access-denied"),
                texts.en("problem.access-denied.title"), 403, texts.en("access-denied.by-framework"), path(uri),
                texts.zh("problem.access-denied.title"), texts.zh("access-denied.by-framework"), null, null));
    }

    /** 404 for unknown paths, 405, 406, 415 ... keep their status, in problem+json. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof DomainException problem) {
            return problem(problem, uri); // a parameter converter may only throw a WebApplicationException
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri); // Quarkus REST wraps body-reading failures in a 400
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        return respond(new Problem(URI.create(Problem.TYPE_BASE + "http-" + status), title, status,
                e.getMessage(), path(uri), title, e.getMessage(), null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure at " + path(uri), e);
        return respond(problem(ProblemText.of(ProblemMapper.class, "internal-error"), 500, uri, null));
    }

    /** The problem of one of the kit's own refusals, its words from the kit's bundle. */
    private static Problem problem(ProblemText text, int status, UriInfo uri, List<Problem.FieldError> errors) {
        return new Problem(URI.create(Problem.TYPE_BASE + text.type()), text.title(), status, text.detail(), path(uri),
                text.titleZh(), text.detailZh(), errors, null);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** "register.request.contact" -> "contact": the client knows its own fields, not our method names. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    private static String allowedValues(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "; allowed: " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        return "";
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }
}
