package com.handbookflow.core.engine;

import com.handbookflow.core.event.EscalationRaised;
import com.handbookflow.core.outbox.Outbox;
import com.handbookflow.core.testing.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.core.engine.ProcessEngineTest.ALICE;
import static com.handbookflow.core.engine.ProcessEngineTest.REQUEST_FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A scenario service never publishes: what an instance registered is in the outbox once the transaction commits. */
@QuarkusTest
class EventsAtCommitTest {

    @Inject
    ProcessEngine engine;

    @Inject
    EntityManager entityManager;

    @Inject
    MutableClock clock;

    @Inject
    Outbox outbox;

    @Test
    void an_instance_moved_without_an_explicit_publish_has_its_events_in_the_outbox_after_commit_in_order() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            ProcessInstance instance = engine.start("approval", "AP-" + UUID.randomUUID(), Map.of(), ALICE,
                    Activation.DEFAULT);
            engine.complete(instance, "DRAFT", "submitted", REQUEST_FORM, ALICE, null, Activation.DEFAULT);
            return instance.id();
        });

        assertEquals(List.of("node-state-changed DRAFT ACTIVE", "node-state-changed DRAFT COMPLETED",
                "node-state-changed REVIEW ACTIVE"), outboxOf(id));
    }

    @Test
    void a_scenario_event_raised_on_an_instance_loaded_after_other_entities_is_written_too() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> engine.start("approval", "AP-" + UUID.randomUUID(),
                Map.of(), ALICE, Activation.DEFAULT).id());

        // As in a business act: the session joins the transaction (the business object's row) before the
        // instance is loaded; the engine's callback, registered at begin, still runs before Hibernate's flush.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select count(*) from process_instance").getSingleResult();
            ProcessInstance instance = engine.load(id);
            engine.complete(instance, "DRAFT", "submitted", REQUEST_FORM, ALICE, null, Activation.DEFAULT);
            instance.raise(new EscalationRaised(UUID.randomUUID(), clock.instant(), "approval", id,
                    instance.businessNumber(), "DRAFT", "marketing", List.of("DEPARTMENT_HEAD"), "late", "逾期", ALICE,
                    Map.of()));
        });

        assertEquals(List.of("node-state-changed DRAFT ACTIVE", "node-state-changed DRAFT COMPLETED",
                "node-state-changed REVIEW ACTIVE", "escalation-raised DRAFT null"), outboxOf(id));
    }

    @Test
    void an_event_the_act_appended_itself_stays_before_the_events_the_engine_writes_at_commit() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            ProcessInstance instance = engine.start("approval", "AP-" + UUID.randomUUID(), Map.of(), ALICE,
                    Activation.DEFAULT);
            outbox.append(new EscalationRaised(UUID.randomUUID(), clock.instant(), "approval", instance.id(),
                    instance.businessNumber(), "DRAFT", "marketing", List.of("DEPARTMENT_HEAD"), "urgent", "特急",
                    ALICE, Map.of()));
            engine.complete(instance, "DRAFT", "submitted", REQUEST_FORM, ALICE, null, Activation.DEFAULT);
            return instance.id();
        });

        assertEquals(List.of("escalation-raised DRAFT null", "node-state-changed DRAFT ACTIVE",
                "node-state-changed DRAFT COMPLETED", "node-state-changed REVIEW ACTIVE"), outboxOf(id));
    }

    @Test
    void a_move_that_rolls_back_writes_no_event() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> engine.start("approval", "AP-" + UUID.randomUUID(),
                Map.of(), ALICE, Activation.DEFAULT).id());

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            ProcessInstance instance = engine.load(id);
            engine.complete(instance, "DRAFT", "submitted", REQUEST_FORM, ALICE, null, Activation.DEFAULT);
            throw new IllegalStateException("the business act fails after the move");
        }));
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            engine.complete(engine.load(id), "DRAFT", "submitted", REQUEST_FORM, ALICE, null, Activation.DEFAULT);
            QuarkusTransaction.setRollbackOnly(); // the commit that follows is a rollback
        }));

        assertEquals(List.of("node-state-changed DRAFT ACTIVE"), outboxOf(id));
    }

    @SuppressWarnings("unchecked")
    private List<String> outboxOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) entityManager.createNativeQuery("""
                        select event_type, payload ->> 'nodeKey', payload ->> 'newState' from outbox_event
                        where aggregate_id = :id order by seq""")
                .setParameter("id", id.toString()).getResultList()).stream()
                .map(r -> ((String) r[0]).replace("com.handbookflow.process.", "") + " " + r[1] + " " + r[2])
                .toList());
    }
}
