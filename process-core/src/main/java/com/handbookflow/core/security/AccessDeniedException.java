package com.handbookflow.core.security;

import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.domain.NotPermittedException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** 403: the user is known but may not do this; the message says who may. */
public class AccessDeniedException extends NotPermittedException {

    private static final String TYPE = "access-denied";

    private AccessDeniedException(String detailKey, Object... arguments) {
        super(text(detailKey, arguments));
    }

    /** The type's title, and a detail that says who may, both from the kit's bundle. */
    private static ProblemText text(String detailKey, Object... arguments) {
        Texts texts = Texts.of(AccessDeniedException.class);
        String title = "problem." + TYPE + ".title";
        return new ProblemText(TYPE, texts.en(title), texts.zh(title),
                texts.en(detailKey, arguments), texts.zh(detailKey, arguments));
    }

    public static AccessDeniedException roles(String what, Role... roles) {
        String en = Arrays.stream(roles).map(Role::name).collect(Collectors.joining(", "));
        String zh = Arrays.stream(roles).map(Role::zh).collect(Collectors.joining("、"));
        return (AccessDeniedException) new AccessDeniedException("access-denied.roles", en, zh, what)
                .with("allowedRoles", Arrays.stream(roles).map(Role::name).toList());
    }

    public static AccessDeniedException department(String what, String department) {
        return (AccessDeniedException) new AccessDeniedException("access-denied.department", department, what)
                .with("allowedDepartments", List.of(department));
    }

    public static AccessDeniedException integration(String request) {
        return new AccessDeniedException("access-denied.integration", request);
    }
}
