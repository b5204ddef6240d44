package com.handbookflow.core.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevKeyGuardTest {

    @Test
    void production_refuses_to_start_with_the_development_key() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> DevKeyGuard.check(true, "security/dev-public-key.pem"));
        assertTrue(refusal.getMessage().contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    }

    @Test
    void production_starts_with_the_identity_providers_key() {
        assertDoesNotThrow(() -> DevKeyGuard.check(true, "https://sso.example.com/realms/oa/protocol/openid-connect/certs"));
    }

    @Test
    void local_runs_accept_the_development_key() {
        assertDoesNotThrow(() -> DevKeyGuard.check(false, "security/dev-public-key.pem"));
    }
}
