package com.handbookflow.core.health;

import com.handbookflow.core.testing.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import kafka.server.BrokerServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

/** Readiness answers at once from what the background check saw, and Kafka's absence leaves the service ready. */
@QuarkusTest
class KafkaHealthTest {

    private static final String KAFKA = "checks.find { it.name == '" + KafkaHealthCheck.NAME + "' }";

    @Inject
    KafkaReachability kafka;

    @Test
    void while_kafka_is_down_readiness_answers_within_a_second_up_and_says_kafka_is_unreachable() {
        Assumptions.assumeTrue(KafkaBrokerResource.cluster() != null, "needs the in-JVM broker to stop it");
        kafka.check();
        health().then().statusCode(200).body(KAFKA + ".data.reachable", equalTo(true));

        BrokerServer broker = KafkaBrokerResource.cluster().brokers().values().iterator().next();
        broker.shutdown();
        broker.awaitShutdown();
        try {
            kafka.check();
            health().then().statusCode(200).time(lessThan(1000L))
                    .body("status", equalTo("UP"))
                    .body(KAFKA + ".status", equalTo("UP"))
                    .body(KAFKA + ".data.reachable", equalTo(false))
                    .body(KAFKA + ".data.unreachableSince", notNullValue())
                    .body("checks.find { it.name == 'Outbox relay' }.data.unsentEvents", notNullValue());
        } finally {
            broker.startup();
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> kafka.check().reachable());
        health().then().statusCode(200).body(KAFKA + ".data.reachable", equalTo(true));
    }

    private static Response health() {
        // A health request that waited on Kafka would hang for a minute: give up after five seconds.
        return given().auth().none().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 5000).setParam("http.connection.timeout", 5000)))
                .get("/q/health/ready");
    }
}
