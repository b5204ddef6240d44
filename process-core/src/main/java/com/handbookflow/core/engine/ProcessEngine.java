package com.handbookflow.core.engine;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.outbox.Outbox;
import com.handbookflow.core.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs process instances: each method is part of the caller's transaction (a scenario service's
 * business act), moves the aggregate and appends the events it caused to the outbox, so the state
 * change and its events commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProcessEngine {

    private final ProcessDefinitions definitions;
    private final WorkingDayCalendar calendar;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    ProcessEngine(ProcessDefinitions definitions, WorkingDayCalendar calendar, Outbox outbox,
                  EntityManager entityManager, Clock clock) {
        this.definitions = definitions;
        this.calendar = calendar;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public ProcessDefinition definition(String processType) {
        return definitions.get(processType);
    }

    public ProcessInstance start(String processType, String businessNumber, Map<String, Object> attributes, Actor actor,
                                 Activation first) {
        ProcessInstance instance = ProcessInstance.start(definition(processType), businessNumber, attributes, actor,
                clock.instant(), first, this::due);
        entityManager.persist(instance);
        publish(instance);
        return instance;
    }

    /** Loads an instance for a move; a concurrent move on it fails the later commit (optimistic lock). */
    public ProcessInstance load(UUID instanceId) {
        ProcessInstance instance = entityManager.find(ProcessInstance.class, instanceId);
        if (instance == null) {
            throw new NotFoundException("Process instance", instanceId);
        }
        return instance;
    }

    public void complete(ProcessInstance instance, String nodeKey, String outcome, List<NodeOutput> outputs,
                         Actor actor, String comment, Activation next) {
        instance.complete(definition(instance.processType()), nodeKey, outcome, outputs, actor, comment,
                clock.instant(), next, this::due);
        publish(instance);
    }

    public void skip(ProcessInstance instance, String nodeKey, String outcome, Actor actor, String reason,
                     Activation next) {
        instance.skip(definition(instance.processType()), nodeKey, outcome, actor, reason, clock.instant(), next,
                this::due);
        publish(instance);
    }

    public void reassign(ProcessInstance instance, String nodeKey, String department, String person, Actor actor,
                         String reason) {
        instance.reassign(definition(instance.processType()), nodeKey, department, person, actor, reason,
                clock.instant());
        publish(instance);
    }

    public void reschedule(ProcessInstance instance, String nodeKey, List<String> limits, Actor actor) {
        instance.reschedule(definition(instance.processType()), nodeKey, limits, actor, clock.instant(), this::due);
        publish(instance);
    }

    /** Appends the events the instance registered (node changes and scenario events) to the outbox. */
    public void publish(ProcessInstance instance) {
        outbox.appendAll(instance.takeEvents());
    }

    private com.handbookflow.core.calendar.DeadlineComputation due(java.time.Instant start, String limit) {
        return calendar.deadline(start, LimitSpec.parse(limit));
    }
}
