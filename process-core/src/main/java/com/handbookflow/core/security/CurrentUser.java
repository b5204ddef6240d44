package com.handbookflow.core.security;

import com.handbookflow.core.engine.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.Set;

/**
 * The verified user of the current request, from the bearer token: {@code sub} (user id), {@code name},
 * {@code dept} (department code) and {@code groups} (roles, see {@link Role}).
 */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    CurrentUser(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String id() {
        return token.getSubject();
    }

    public String name() {
        String name = token.getClaim("name");
        return name == null ? id() : name;
    }

    /** The user's department code, e.g. {@code customer-service}; null for accounts without one. */
    public String department() {
        return token.getClaim("dept");
    }

    public boolean has(Role role) {
        return identity.hasRole(role.name());
    }

    public boolean hasAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::has);
    }

    public boolean isIn(String departmentCode) {
        return departmentCode != null && departmentCode.equals(department());
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public Actor actor() {
        return isAuthenticated() ? new Actor(id(), name(), department()) : Actor.SYSTEM;
    }

    /** Refuses with 403 unless the user has one of the roles. */
    public void requireAny(String what, Role... roles) {
        if (!hasAny(roles)) {
            throw AccessDeniedException.roles(what, roles);
        }
    }
}
