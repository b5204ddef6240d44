package com.handbookflow.faultsuite;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * The OA system's end of the webhook: counts deliveries per {@code X-Handbook-Idempotency-Key}. A
 * notice that arrives twice was sent twice (the documented contract allows a redelivery after a
 * failed try, which the receiver de-duplicates; this receiver always answers 200, so it should see none).
 */
final class WebhookReceiver implements AutoCloseable {

    static final int PORT = 18090;
    private final HttpServer server;
    final Map<String, Integer> deliveries = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("X-Handbook-Idempotency-Key");
            if (key != null) {
                deliveries.merge(key, 1, Integer::sum);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + PORT + "/hooks";
    }

    int deliveredTwice() {
        return (int) deliveries.values().stream().filter(n -> n > 1).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
