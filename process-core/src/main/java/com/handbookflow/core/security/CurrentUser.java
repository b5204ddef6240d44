package com.handbookflow.core.security;

import com.handbookflow.core.domain.InvalidValueException;
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

    /** The widths of the columns a user's id, name and department are stored in. */
    public static final int MAX_ID = 128;
    public static final int MAX_NAME = 128;
    public static final int MAX_DEPARTMENT = 64;

    private final JsonWebToken token;
    private final SecurityIdentity identity;
    /*
     * The claims as read once, for this request (the bean is request-scoped, its token does not change): an
     * act asks for the department many times (every visibility and permission check), and each read went
     * through the token's proxy and converted the claim again. Set only once read and within bounds: a
     * claim refused is refused again at every read.
     */
    private String id;
    private String name;
    private String department;
    private boolean departmentRead;

    CurrentUser(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String id() {
        if (id == null) {
            id = bounded("sub", token.getSubject(), MAX_ID);
        }
        return id;
    }

    public String name() {
        if (name == null) {
            String claim = bounded("name", token.getClaim("name"), MAX_NAME);
            name = claim == null ? id() : claim;
        }
        return name;
    }

    /** The user's department code, e.g. {@code customer-service}; null for accounts without one. */
    public String department() {
        if (!departmentRead) {
            department = bounded("dept", token.getClaim("dept"), MAX_DEPARTMENT);
            departmentRead = true;
        }
        return department;
    }

    /**
     * A claim is stored where the user acts (actor, person, department columns): one longer than its
     * column is refused as bad input naming the claim, before any write fails on it.
     */
    private static String bounded(String claim, Object value, int max) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.length() > max) {
            throw InvalidValueException.of(CurrentUser.class, "token." + claim, "invalid-input.claim-too-long", max,
                    text.length());
        }
        if (text.indexOf('\u0000') >= 0) {
            throw InvalidValueException.of(CurrentUser.class, "token." + claim, "invalid-input.claim-nul");
        }
        return text;
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
