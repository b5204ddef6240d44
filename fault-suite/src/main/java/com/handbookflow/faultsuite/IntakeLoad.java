package com.handbookflow.faultsuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Complaints registered by several workers, each with its own {@code Idempotency-Key}, as an OA
 * system would send them: a request that got no answer (connection refused or cut, a 5xx) is sent
 * again with the same key until it is answered, so a crash between commit and response must replay,
 * never register twice. Every complaint carries its key in its description, so the database can be
 * asked how many complaints each key made. Half the complaints are then acknowledged (an act); the
 * other half stay unacknowledged past their 10-minute limit and feed the reminders.
 */
final class IntakeLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String complaintUrl;
    private final String token;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> workers = new ArrayList<>();
    /** key -> business number, for every registration the service answered with 201 (acknowledged). */
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Every key sent, answered or not. */
    final Set<String> sent = ConcurrentHashMap.newKeySet();
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger connectionErrors = new AtomicInteger();
    final AtomicInteger acts = new AtomicInteger();
    final ConcurrentLinkedQueue<Long> latenciesMillis = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    IntakeLoad(String complaintUrl, String token) {
        this.complaintUrl = complaintUrl;
        this.token = token;
    }

    /** Starts {@code workers} threads that register until {@link #stop()}. */
    IntakeLoad start(int workerCount) {
        for (int i = 0; i < workerCount; i++) {
            Thread worker = new Thread(this::work, "intake-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        return this;
    }

    /** One keyed registration per worker, all at once (the crash-between-commit-and-response phase). */
    IntakeLoad burst(int requests) {
        for (int i = 0; i < requests; i++) {
            Thread worker = new Thread(() -> register(UUID.randomUUID().toString(), Duration.ofSeconds(300)), "burst-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        return this;
    }

    private void work() {
        while (running.get()) {
            String number = register(UUID.randomUUID().toString(), Duration.ofSeconds(120));
            if (number != null && Math.floorMod(number.hashCode(), 2) == 0) {
                acknowledge(number);
            }
        }
    }

    /** Registers under {@code key}, sending again with the same key until answered; the number, or null. */
    String register(String key, Duration patience) {
        sent.add(key);
        Instant giveUp = Instant.now().plus(patience);
        String body = """
                {"receivedAt": "%s", "complainant": "故障测试", "contact": "138-0000-0000", "channel": "PHONE",
                 "problemType": "LOGISTICS_DELAY", "description": "[fs:%s] 冰箱未送达（故障测试）", "demand": "REFUND"}"""
                .formatted(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), key);
        String last = "nothing";
        while (Instant.now().isBefore(giveUp)) {
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = Api.postJson(complaintUrl + "/api/v1/complaints", token, body, key);
                int status = response.statusCode();
                last = status + " " + response.body();
                if (status == 201 || status == 200) {
                    latenciesMillis.add((System.nanoTime() - started) / 1_000_000);
                    JsonNode created = JSON.readTree(response.body());
                    String number = created.path("number").asText();
                    acknowledged.put(key, number);
                    return number;
                }
                if (status >= 500) {
                    serverErrors.incrementAndGet();
                } else if (status != 409) { // 409: the same key still in flight (a retry after a crash); wait
                    unexpected.add(status + " " + response.body());
                    return null;
                }
            } catch (IOException e) {
                connectionErrors.incrementAndGet();
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            pause(200);
        }
        if (running.get()) {
            unexpected.add("no 2xx within " + patience.toSeconds() + " s for key " + key + "; last answer: " + last);
        }
        return null;
    }

    private void acknowledge(String number) {
        try {
            HttpResponse<String> response = Api.postJson(complaintUrl + "/api/v1/complaints/" + number + "/acknowledgement",
                    token, "{}", null);
            if (response.statusCode() == 200) {
                acts.incrementAndGet();
            } else if (response.statusCode() >= 500) {
                serverErrors.incrementAndGet();
            }
        } catch (IOException e) {
            connectionErrors.incrementAndGet(); // an act without a key is not retried: it may be done or not
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread worker : workers) {
            worker.join(Duration.ofSeconds(150).toMillis());
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
