package com.handbookflow.core.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Map;

/**
 * A real Apache Kafka broker for tests: a single combined KRaft node started inside the test JVM
 * (ready in about two seconds), or the broker named by {@code KAFKA_BOOTSTRAP_SERVERS} when set.
 * One broker serves the whole test JVM; {@link #cluster()} lets a test stop and restart it.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    @Override
    public synchronized Map<String, String> start() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return Map.of("kafka.bootstrap.servers", external);
        }
        if (cluster == null) {
            cluster = startCluster();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBrokerResource::closeCluster));
        }
        return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
    }

    @Override
    public void stop() {
        // Kept for the next Quarkus application of this JVM; closed by the shutdown hook.
    }

    /** The in-JVM cluster, or null when tests run against an external broker. */
    public static KafkaClusterTestKit cluster() {
        return cluster;
    }

    private static KafkaClusterTestKit startCluster() {
        // A broker that meets a fatal condition (as it may while the JVM shuts it down) calls
        // Exit.exit/halt, which would end the test JVM with a failure status after every test
        // passed. In tests it may only say so.
        Exit.setExitProcedure((status, message) ->
                System.err.println("in-JVM Kafka asked to exit (" + status + "): " + message));
        Exit.setHaltProcedure((status, message) ->
                System.err.println("in-JVM Kafka asked to halt (" + status + "): " + message));
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
        }
    }

    private static synchronized void closeCluster() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception ignored) {
                // the JVM is ending
            }
        }
    }
}
