package com.handbookflow.core.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A NUL character (or a broken percent-escape) in a path or query is a 400 problem before any
 * resource or the database sees it: PostgreSQL cannot store NUL in text, and a failed decoding
 * further in answered with an empty body.
 */
public class UnreadableRequestFilter {

    /** Runs before routing: a NUL or an undecodable escape anywhere in the path or the query is refused. */
    @ServerRequestFilter(preMatching = true)
    public void refuseNulAndBrokenEscapes(ContainerRequestContext request) {
        java.net.URI uri;
        try {
            uri = request.getUriInfo().getRequestUri();
        } catch (RuntimeException unparsable) {
            throw InvalidInputException.of(UnreadableRequestFilter.class, "path", "invalid-input.not-a-uri",
                    unparsable.getMessage());
        }
        check("path", uri.getRawPath());
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                check(decodedOrRefused("query", name), pair);
            }
        }
    }

    private static void check(String field, String raw) {
        if (decodedOrRefused(field, raw).indexOf('\u0000') >= 0) {
            throw InvalidInputException.of(UnreadableRequestFilter.class, field, "invalid-input.nul-in-uri");
        }
    }

    private static String decodedOrRefused(String field, String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(UnreadableRequestFilter.class, field, "invalid-input.malformed-escape");
        }
    }

}
