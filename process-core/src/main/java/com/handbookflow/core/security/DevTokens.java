package com.handbookflow.core.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Mints RS256 tokens signed with the DEVELOPMENT key, for local use ({@code bin/dev-token}) and tests.
 * It depends on the JDK only, so {@code bin/dev-token} runs this file directly as a single-file
 * program, without a build; hence the few lines of JSON written by hand.
 * The production profile refuses to start with the matching public key ({@link DevKeyGuard}).
 */
public final class DevTokens {

    public static final String ISSUER = "handbook-flow-dev";

    private DevTokens() {
    }

    public static String sign(String privateKeyPem, String userId, String name, String department, List<String> roles,
                              Duration validity) {
        long now = Instant.now().getEpochSecond();
        StringBuilder groups = new StringBuilder("[");
        for (int i = 0; i < roles.size(); i++) {
            groups.append(i == 0 ? "" : ",").append(quote(roles.get(i)));
        }
        groups.append(']');
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":" + quote(ISSUER) + ",\"sub\":" + quote(userId) + ",\"upn\":" + quote(userId)
                + ",\"name\":" + quote(name) + (department == null ? "" : ",\"dept\":" + quote(department))
                + ",\"groups\":" + groups + ",\"iat\":" + now + ",\"exp\":" + (now + validity.toSeconds())
                + ",\"jti\":" + quote(UUID.randomUUID().toString()) + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey(privateKeyPem));
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    private static PrivateKey privateKey(String pem) throws java.security.GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
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
