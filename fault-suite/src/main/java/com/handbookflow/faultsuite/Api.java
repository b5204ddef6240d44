package com.handbookflow.faultsuite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** HTTP calls with a development token (the services run the local profile, which accepts it). */
final class Api {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Api() {
    }

    /** A token from bin/dev-token (signed with the development key in the repository). */
    static String token(Path repo, String user, String department, String roles) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(repo.resolve("bin/dev-token").toString(), "--user", user,
                "--dept", department, "--roles", roles, "--hours", "8")).redirectErrorStream(false).start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || token.isEmpty()) {
            throw new IOException("bin/dev-token failed: " + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return token;
    }

    static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    static HttpResponse<String> postJson(String url, String token, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(url, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
