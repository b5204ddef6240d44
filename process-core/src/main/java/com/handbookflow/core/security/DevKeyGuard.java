package com.handbookflow.core.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The development key pair is public (its private half is in the repository): a production start
 * with it would accept tokens anyone can mint. So the prod profile refuses to start with it; local
 * runs use the {@code local} profile ({@code bin/run-local} sets it).
 */
public class DevKeyGuard {

    static final String DEV_PUBLIC_KEY = "security/dev-public-key.pem";

    void refuseDevelopmentKeyInProduction(@Observes StartupEvent event) {
        check(LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.isProfileActive("prod"),
                ConfigProvider.getConfig().getOptionalValue("mp.jwt.verify.publickey.location", String.class).orElse(""));
    }

    static void check(boolean production, String location) {
        if (production && location.endsWith(DEV_PUBLIC_KEY)) {
            throw new IllegalStateException("Refusing to start: the prod profile is configured with the development "
                    + "token key (" + location + "), whose private half is public. Set mp.jwt.verify.publickey.location "
                    + "(or MP_JWT_VERIFY_PUBLICKEY_LOCATION) to your identity provider's key or JWKS URL, and "
                    + "mp.jwt.verify.issuer to its issuer; or run with QUARKUS_PROFILE=local for local use.");
        }
    }
}
