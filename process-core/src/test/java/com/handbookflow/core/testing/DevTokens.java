package com.handbookflow.core.testing;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Mints RS256 tokens signed with the DEVELOPMENT key, for tests ({@link Tokens}) and local use
 * ({@code bin/dev-token}), with SmallRye JWT's builder. Test code only: no service jar carries a way to
 * mint tokens, and the services accept the development key in the local and test profiles only
 * ({@code security.DevKeyGuard}). It depends on nothing of process-core, so {@code bin/dev-token} runs
 * this file directly as a single-file program on process-core's test classpath.
 */
public final class DevTokens {

    /** The issuer process-core's defaults verify ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "handbook-flow-dev";

    private DevTokens() {
    }

    public static String sign(String privateKeyPem, String userId, String name, String department, List<String> roles,
                              Duration validity) {
        long now = Instant.now().getEpochSecond();
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(userId).upn(userId).claim("name", name)
                .groups(new LinkedHashSet<>(roles)).issuedAt(now).expiresAt(now + validity.toSeconds())
                .claim("jti", UUID.randomUUID().toString());
        if (department != null) {
            claims.claim("dept", department);
        }
        try {
            return claims.jws().algorithm(SignatureAlgorithm.RS256)
                    .sign(KeyUtils.decodePrivateKey(privateKeyPem));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development key", e);
        }
    }

    /** {@code DevTokens --key <pem> --user u1 [--name 张敏] [--dept customer-service] [--roles STAFF,DEPT_HEAD] [--hours 12]} */
    public static void main(String[] args) throws Exception {
        String key = null;
        String user = null;
        String name = null;
        String dept = null;
        List<String> roles = new ArrayList<>(List.of("STAFF"));
        long hours = 12;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--key" -> key = args[i + 1];
                case "--user" -> user = args[i + 1];
                case "--name" -> name = args[i + 1];
                case "--dept" -> dept = args[i + 1];
                case "--roles" -> roles = List.of(args[i + 1].split(","));
                case "--hours" -> hours = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (key == null || user == null) {
            System.err.println("usage: bin/dev-token --user u1 [--name 张敏] [--dept customer-service] "
                    + "[--roles STAFF,DEPT_HEAD] [--hours 12]");
            System.exit(2);
        }
        System.out.println(sign(Files.readString(Path.of(key)), user, name == null ? user : name, dept, roles,
                Duration.ofHours(hours)));
    }
}
