package com.handbookflow.core.health;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether Kafka answered the last time we asked, kept by a background check so that a health
 * request never waits on the broker (a blocking check hung readiness for a minute while Kafka was
 * down). Nothing depends on this for correctness: the outbox keeps events while Kafka is away.
 */
@ApplicationScoped
public class KafkaReachability {

    private static final Logger LOG = Logger.getLogger(KafkaReachability.class);

    /** What the last check saw; {@code checkedAt} null before the first check. */
    public record State(boolean reachable, Instant checkedAt, Instant unreachableSince, String error, int brokers) {
    }

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    Clock clock;

    @ConfigProperty(name = "handbook.health.kafka-timeout", defaultValue = "3s")
    Duration timeout;

    private volatile State state = new State(false, null, null, "not checked yet", 0);
    private Admin admin;

    public State state() {
        return state;
    }

    @Scheduled(every = "${handbook.health.kafka-check-every:10s}", delay = 1,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        check();
    }

    /** Asks the broker for its cluster, within the timeout, and keeps the answer. */
    public synchronized State check() {
        Instant now = clock.instant();
        try {
            int brokers = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            if (!state.reachable() && state.checkedAt() != null) {
                LOG.infof("Kafka reachable again (%d brokers)", brokers);
            }
            state = new State(true, now, null, null, brokers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            String error = e.getCause() != null ? e.getCause().toString() : e.toString();
            if (state.reachable()) {
                LOG.warnf("Kafka unreachable: %s", error);
            }
            state = new State(false, now, state.reachable() || state.unreachableSince() == null ? now
                    : state.unreachableSince(), error, 0);
        }
        return state;
    }

    private Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-check");
            admin = Admin.create(config);
        }
        return admin;
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
