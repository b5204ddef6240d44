package com.handbookflow.core.security;

import com.handbookflow.core.testing.MutableClock;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final VerifiedTokens tokens = new VerifiedTokens(clock, 3, Duration.ofMinutes(5));

    @Test
    void a_verified_token_is_served_again_for_the_same_text_only() {
        JsonWebToken verified = expiringIn(Duration.ofHours(1));
        tokens.put("header.payload.signature", verified);
        assertSame(verified, tokens.get("header.payload.signature"));
        assertNull(tokens.get("header.payload.signaturE"), "one changed byte is another token, verified in full");
    }

    @Test
    void a_token_is_never_served_at_or_after_its_expiry() {
        tokens.put("t", expiringIn(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2).minusSeconds(1));
        assertTrue(tokens.get("t") != null);
        clock.advance(Duration.ofSeconds(1));
        assertNull(tokens.get("t"));
    }

    @Test
    void a_long_lived_token_is_verified_again_after_the_maximum_age() {
        tokens.put("t", expiringIn(Duration.ofHours(8)));
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertTrue(tokens.get("t") != null);
        clock.advance(Duration.ofSeconds(1));
        assertNull(tokens.get("t"));
    }

    @Test
    void tokens_without_an_expiry_or_already_expired_are_not_kept() {
        tokens.put("no-exp", new DefaultJWTCallerPrincipal(new JwtClaims()));
        tokens.put("expired", expiringIn(Duration.ofSeconds(-1)));
        assertEquals(0, tokens.size());
    }

    @Test
    void a_full_cache_drops_expired_tokens_first_and_never_holds_more_than_its_bound() {
        tokens.put("short", expiringIn(Duration.ofMinutes(1)));
        tokens.put("a", expiringIn(Duration.ofHours(1)));
        tokens.put("b", expiringIn(Duration.ofHours(1)));
        clock.advance(Duration.ofMinutes(2));
        tokens.put("c", expiringIn(Duration.ofHours(1)));
        assertEquals(3, tokens.size(), "the expired one made room");
        assertTrue(tokens.get("a") != null);

        tokens.put("d", expiringIn(Duration.ofHours(1)));
        assertTrue(tokens.size() <= 3);
        assertTrue(tokens.get("d") != null);
    }

    @Test
    void a_cache_of_size_zero_keeps_nothing() {
        VerifiedTokens off = new VerifiedTokens(clock, 0, Duration.ofMinutes(5));
        off.put("t", expiringIn(Duration.ofHours(1)));
        assertNull(off.get("t"));
    }

    private JsonWebToken expiringIn(Duration left) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("u1001");
        claims.setExpirationTime(NumericDate.fromSeconds(clock.instant().plus(left).getEpochSecond()));
        return new DefaultJWTCallerPrincipal(claims);
    }
}
