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
    private final DefinitionVersions versions;
    private final WorkingDayCalendar calendar;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    ProcessEngine(ProcessDefinitions definitions, DefinitionVersions versions, WorkingDayCalendar calendar,
                  Outbox outbox, EntityManager entityManager, Clock clock) {
        this.definitions = definitions;
        this.versions = versions;
        this.calendar = calendar;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The current definition of a process type: what a new instance starts with. */
    public ProcessDefinition definition(String processType) {
        return definitions.get(processType);
    }

    /** The definition an instance walks: the version it started with, whatever the configuration says now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProcessDefinition definition(ProcessInstance instance) {
        return instance.definitionVersion() == null ? definitions.get(instance.processType())
                : versions.get(instance.definitionVersion());
    }

    public ProcessInstance start(String processType, String businessNumber, Map<String, Object> attributes, Actor actor,
                                 Activation first) {
        ProcessDefinition definition = definition(processType);
        ProcessInstance instance = ProcessInstance.start(definition, businessNumber, attributes, actor,
                clock.instant(), first, this::due);
        instance.pinTo(versions.versionOf(definition));
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
        instance.complete(definition(instance), nodeKey, outcome, outputs, actor, comment,
                clock.instant(), next, this::due);
        publish(instance);
    }

    public void skip(ProcessInstance instance, String nodeKey, String outcome, Actor actor, String reason,
                     Activation next) {
        instance.skip(definition(instance), nodeKey, outcome, actor, reason, clock.instant(), next,
                this::due);
        publish(instance);
    }

    public void reassign(ProcessInstance instance, String nodeKey, String department, String person, Actor actor,
                         String reason) {
        instance.reassign(definition(instance), nodeKey, department, person, actor, reason,
                clock.instant());
        publish(instance);
    }

    public void reschedule(ProcessInstance instance, String nodeKey, List<String> limits, Actor actor) {
        instance.reschedule(definition(instance), nodeKey, limits, actor, clock.instant(), this::due);
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
