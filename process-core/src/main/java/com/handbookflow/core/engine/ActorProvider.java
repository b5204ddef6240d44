package com.handbookflow.core.engine;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Who is acting in the current request. Until authentication is in place the caller names itself
 * with the headers {@code X-User-Id}, {@code X-User-Name} (URL-encoded UTF-8 allowed) and
 * {@code X-User-Dept}; the security layer will take these from the verified token instead.
 */
@RequestScoped
public class ActorProvider {

    public static final String USER_ID = "X-User-Id";
    public static final String USER_NAME = "X-User-Name";
    public static final String USER_DEPT = "X-User-Dept";

    private final HttpHeaders headers;

    ActorProvider(HttpHeaders headers) {
        this.headers = headers;
    }

    public Actor current() {
        String id = headers.getHeaderString(USER_ID);
        if (id == null || id.isBlank()) {
            return new Actor("anonymous", "匿名 Anonymous", headers.getHeaderString(USER_DEPT));
        }
        String name = headers.getHeaderString(USER_NAME);
        return new Actor(id, name == null ? id : java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8),
                headers.getHeaderString(USER_DEPT));
    }
}
