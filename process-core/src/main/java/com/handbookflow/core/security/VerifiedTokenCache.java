package com.handbookflow.core.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Duration;

/**
 * The bearer-token parser every service's authentication uses (Quarkus' smallrye-jwt validator calls
 * {@code parse(token)}): SmallRye's own verification for a token not seen before, then
 * {@link VerifiedTokens} for the same token text until it expires (the rules and the security
 * reasoning are there). {@code handbook.security.verified-token-cache.max-entries=0} turns it off.
 *
 * <p>The cache uses the system clock on purpose, not the services' injectable business clock: the
 * verifier checks {@code exp} against the system time, and the cache must never outlive that check.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends DefaultJWTParser {

    private final VerifiedTokens tokens;

    @Inject
    public VerifiedTokenCache(
            @ConfigProperty(name = "handbook.security.verified-token-cache.max-entries", defaultValue = "10000") int maxEntries,
            @ConfigProperty(name = "handbook.security.verified-token-cache.max-age", defaultValue = "PT5M") Duration maxAge) {
        this.tokens = new VerifiedTokens(Clock.systemUTC(), maxEntries, maxAge);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = tokens.get(token);
        if (known != null) {
            return known;
        }
        JsonWebToken verified = super.parse(token);
        tokens.put(token, verified);
        return verified;
    }
}
