package com.handbookflow.core.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processed;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void a_batch_returns_the_ids_not_processed_before_each_once() {
        String consumer = "processed-events-test-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> processed.firstTimes(consumer, List.of("a")));

        Set<String> fresh = QuarkusTransaction.requiringNew().call(() ->
                processed.firstTimes(consumer, List.of("a", "b", "b", "c")));

        assertEquals(Set.of("b", "c"), fresh);
    }

    /**
     * A consumer records every polled batch with the same statement: Hibernate must find its plan again, not
     * add one per batch (a result class in createNativeQuery did: each lookup then compared them all).
     */
    @Test
    void recording_batches_does_not_grow_the_query_plan_cache() {
        String consumer = "processed-events-test-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> processed.firstTimes(consumer, List.of("warm")));
        int before = cachedPlans();

        for (int batch = 0; batch < 20; batch++) {
            String id = "event-" + batch;
            QuarkusTransaction.requiringNew().run(() -> processed.firstTimes(consumer, List.of(id)));
        }

        assertTrue(cachedPlans() <= before + 1, "query plans cached: " + before + " before, " + cachedPlans() + " after");
    }

    private int cachedPlans() {
        return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
