package com.handbookflow.core.testing;

import com.handbookflow.core.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** Bearer tokens for tests, signed with the development key, as {@code bin/dev-token} makes them. */
public final class Tokens {

    private static final String PRIVATE_KEY = read("security/dev-private-key.pem");

    private Tokens() {
    }

    public static String of(String userId, String department, Role... roles) {
        return named(userId, userId, department, roles);
    }

    public static String named(String userId, String name, String department, Role... roles) {
        return DevTokens.sign(PRIVATE_KEY, userId, name, department,
                Arrays.stream(roles).map(Role::name).toList(), Duration.ofHours(1));
    }

    public static String admin() {
        return of("admin", null, Role.ADMIN);
    }

    private static String read(String resource) {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
