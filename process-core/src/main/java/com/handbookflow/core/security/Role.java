package com.handbookflow.core.security;

import com.handbookflow.core.label.Labeled;

/** Roles carried in the token's {@code groups} claim. */
public enum Role implements Labeled {
    STAFF,
    DEPT_HEAD,
    LEADER,
    PROCESS_OWNER,
    SUPERVISOR,
    ADMIN,
    INTEGRATION;
}
