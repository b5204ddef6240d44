package com.handbookflow.core.security.rest;

import com.handbookflow.core.security.AccessDeniedException;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.core.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;

/**
 * An INTEGRATION account (an OA system, a hotline) may call what the service's configuration
 * allows and nothing else, e.g.
 * <pre>
 * handbook.security.integration-allowed=POST /api/v1/complaints,GET /api/v1/complaints/**
 * </pre>
 * An entry is a method and a path, exact, or a prefix when it ends in {@code /**}; a segment {@code *}
 * stands for any one segment ({@code POST /api/v1/complaints/*}{@code /attachments}: upload a file to any
 * complaint, and nothing else below it). Accounts that also hold a person's role are judged by that role instead.
 */
public class IntegrationAllowList {

    @Inject
    CurrentUser user;

    @ConfigProperty(name = "handbook.security.integration-allowed")
    Optional<List<String>> allowed;

    @ServerRequestFilter
    public void onlyWhatIsConfigured(ContainerRequestContext request) {
        if (!user.isAuthenticated() || !user.has(Role.INTEGRATION) || holdsPersonRole()) {
            return;
        }
        String method = request.getMethod();
        String path = "/" + stripSlashes(request.getUriInfo().getPath());
        boolean permitted = allowed.orElse(List.of()).stream().anyMatch(entry -> matches(entry.trim(), method, path));
        if (!permitted) {
            throw AccessDeniedException.integration(method + " " + path);
        }
    }

    static boolean matches(String entry, String method, String path) {
        int space = entry.indexOf(' ');
        if (space < 0 || !entry.substring(0, space).equalsIgnoreCase(method)) {
            return false;
        }
        String pattern = entry.substring(space + 1).trim();
        if (pattern.endsWith("/**")) {
            String prefix = pattern.substring(0, pattern.length() - 3);
            return segmentsMatch(prefix, path, true);
        }
        return segmentsMatch(pattern, path, false);
    }

    /** Whether {@code path} is {@code pattern} (or lies below it), a {@code *} segment matching any one segment. */
    private static boolean segmentsMatch(String pattern, String path, boolean orBelow) {
        String[] want = pattern.split("/", -1);
        String[] have = path.split("/", -1);
        if (have.length < want.length || (!orBelow && have.length != want.length)) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            boolean any = want[i].equals("*") && !have[i].isEmpty();
            if (!any && !want[i].equals(have[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean holdsPersonRole() {
        return user.hasAny(Role.STAFF, Role.DEPT_HEAD, Role.LEADER, Role.PROCESS_OWNER, Role.SUPERVISOR, Role.ADMIN);
    }

    private static String stripSlashes(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
