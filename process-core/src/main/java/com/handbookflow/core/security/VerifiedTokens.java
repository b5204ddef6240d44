package com.handbookflow.core.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens whose signature and claims were verified, keyed by the exact token text, so the
 * next request with the same token skips the RSA signature check (about 15% of complaint-service's
 * CPU per act in the profile, docs/benchmark.md).
 *
 * <p>The security decision, and why it holds: a token is a signed, self-contained credential; the
 * services never revoke one before it expires (there is no revocation list to consult), so a token
 * that verified once verifies again until its {@code exp}. An entry is therefore served only while
 * its token has not expired by this clock and for at most {@code maxAge} after it was verified (the
 * bound on how long a change of the verification key or issuer takes to reach a token already seen).
 * Only the exact same token text hits: any changed byte is a different key and is verified in full.
 * Refused tokens are never stored. Tokens without {@code exp} are not stored. At most
 * {@code maxEntries} tokens are held: when full, expired entries go first, and if none had expired
 * the whole cache is dropped (each token is then verified once more; bounded memory matters more).
 */
public final class VerifiedTokens {

    private record Verified(JsonWebToken token, Instant expires) {
    }

    private final ConcurrentHashMap<String, Verified> byText = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxEntries;
    private final Duration maxAge;

    public VerifiedTokens(Clock clock, int maxEntries, Duration maxAge) {
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
    }

    /** The verified token for this exact text, or null: never seen, expired, or verified too long ago. */
    public JsonWebToken get(String text) {
        Verified known = byText.get(text);
        if (known == null) {
            return null;
        }
        if (!clock.instant().isBefore(known.expires())) {
            byText.remove(text, known);
            return null;
        }
        return known.token();
    }

    /** Remembers a token that has just been verified in full. */
    public void put(String text, JsonWebToken verified) {
        if (maxEntries <= 0 || verified.getExpirationTime() <= 0) {
            return;
        }
        Instant now = clock.instant();
        Instant expires = Instant.ofEpochSecond(verified.getExpirationTime());
        Instant oldest = now.plus(maxAge);
        if (oldest.isBefore(expires)) {
            expires = oldest;
        }
        if (!now.isBefore(expires)) {
            return;
        }
        if (byText.size() >= maxEntries) {
            byText.values().removeIf(v -> !now.isBefore(v.expires()));
            if (byText.size() >= maxEntries) {
                byText.clear();
            }
        }
        byText.put(text, new Verified(verified, expires));
    }

    public int size() {
        return byText.size();
    }
}
