package com.handbookflow.core.engine;

import com.handbookflow.core.event.ProcessEvent;
import com.handbookflow.core.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the events of every process instance a transaction touched to the outbox when it commits,
 * so a scenario service cannot forget to publish: the state change and its events commit together,
 * and a rolled-back transaction writes none (beforeCompletion is not called on a rollback; a
 * transaction marked rollback-only is skipped).
 *
 * <p>Registered as an ordinary (non-interposed) synchronization when the transaction begins: the
 * JTA specification runs ordinary beforeCompletion callbacks before interposed ones, and ordinary
 * ones in the order registered; Hibernate registers its flush as an ordinary one when the session
 * joins the transaction. Registered at begin, this callback runs before Hibernate's flush, which
 * then writes the outbox rows with everything else. (Registered later, it ran after the flush: the
 * rows were still written, but on a connection Hibernate had already released, which the pool
 * closed with a warning at every commit.) A transaction begun where the begin event is not seen
 * registers on the first instance tracked. {@code EventsAtCommitTest} proves both the writing and
 * the rollback.
 */
@ApplicationScoped
class EventsAtCommit {

    private final TransactionManager transactionManager;
    private final TransactionSynchronizationRegistry registry;
    private final Outbox outbox;

    EventsAtCommit(TransactionManager transactionManager, TransactionSynchronizationRegistry registry,
                   Outbox outbox) {
        this.transactionManager = transactionManager;
        this.registry = registry;
        this.outbox = outbox;
    }

    /** Joins each transaction as it begins, before Hibernate's session does. */
    void onBegin(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        touched();
    }

    /** Remembers an instance loaded or started in the current transaction; its events go out at commit. */
    void track(ProcessInstance instance) {
        touched().instances.add(instance);
    }

    /** Whether the current transaction started or loaded the instance {@code instanceId} already. */
    boolean tracks(UUID instanceId) {
        Touched touched = (Touched) registry.getResource(Touched.class);
        if (touched == null) {
            return false;
        }
        for (ProcessInstance instance : touched.instances) {
            if (instanceId.equals(instance.id())) {
                return true;
            }
        }
        return false;
    }

    private Touched touched() {
        Touched touched = (Touched) registry.getResource(Touched.class);
        if (touched == null) {
            touched = new Touched();
            registry.putResource(Touched.class, touched);
            try {
                transactionManager.getTransaction().registerSynchronization(touched);
            } catch (Exception e) {
                throw new IllegalStateException("cannot write events at commit: no transaction to join", e);
            }
        }
        return touched;
    }

    private final class Touched implements Synchronization {

        private final Set<ProcessInstance> instances = new LinkedHashSet<>();
        private boolean appended;

        @Override
        public void beforeCompletion() {
            if (rollingBack()) {
                return;
            }
            for (ProcessInstance instance : instances) {
                List<ProcessEvent> events = instance.takeEvents();
                outbox.appendAtCompletion(events);
                appended |= !events.isEmpty();
            }
        }

        /** Wakes the relay only when something was written: a read that loaded an instance costs nothing. */
        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && appended) {
                outbox.wakeRelay();
            } else if (status != Status.STATUS_COMMITTED) {
                instances.forEach(ProcessInstance::takeEvents); // a rolled-back move's events are dropped
            }
        }

        private boolean rollingBack() {
            try {
                int status = transactionManager.getStatus();
                return status == Status.STATUS_MARKED_ROLLBACK || status == Status.STATUS_ROLLEDBACK
                        || status == Status.STATUS_ROLLING_BACK;
            } catch (SystemException e) {
                return false;
            }
        }
    }
}
