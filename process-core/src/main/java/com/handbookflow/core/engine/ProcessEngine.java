package com.handbookflow.core.engine;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.definition.NodeOutcome;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.engine.guard.CompletionContent;
import com.handbookflow.core.engine.guard.NodeGuards;
import com.handbookflow.core.engine.item.WorkItem;
import com.handbookflow.core.engine.item.WorkItemResult;
import com.handbookflow.core.engine.item.WorkItemSpec;
import com.handbookflow.core.engine.item.WorkItems;
import com.handbookflow.core.domain.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs process instances: each method is part of the caller's transaction (a scenario service's
 * business act) and moves the aggregate. Every instance started or loaded here is tracked: the
 * events it registered (its node changes and the scenario events raised on it) are appended to the
 * outbox when the transaction commits ({@link EventsAtCommit}), so the state change and its events
 * commit together and a service cannot forget to publish.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProcessEngine {

    private final ProcessDefinitions definitions;
    private final DefinitionVersions versions;
    private final WorkingDayCalendar calendar;
    private final EventsAtCommit eventsAtCommit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final WorkItems workItems;
    private final NodeGuards guards;

    ProcessEngine(ProcessDefinitions definitions, DefinitionVersions versions, WorkingDayCalendar calendar,
                  EventsAtCommit eventsAtCommit, EntityManager entityManager, Clock clock, WorkItems workItems,
                  NodeGuards guards) {
        this.definitions = definitions;
        this.versions = versions;
        this.calendar = calendar;
        this.eventsAtCommit = eventsAtCommit;
        this.entityManager = entityManager;
        this.clock = clock;
        this.workItems = workItems;
        this.guards = guards;
    }

    /** The current definition of a process type: what a new instance starts with. */
    public ProcessDefinition definition(String processType) {
        return definitions.get(processType); // guards named in it were checked at start (KnownGuardsCheck)
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
        eventsAtCommit.track(instance);
        workItems.sync(instance, definition, actor, List.of()); // a new instance has no items to read
        return instance;
    }

    /**
     * Loads an instance for a move; a concurrent move on it fails the later commit (optimistic lock).
     * Its nodes come in the same statement: every act reads them (the active node), and a lazy load was a
     * second round trip per act.
     * <p>Read as a list, not a stream (a stream scrolls the result, which costs more per row than a list). And
     * without the query's automatic flush when the transaction has not started or loaded this instance yet:
     * then nothing in it can have changed the instance or its nodes, but the automatic flush would first
     * dirty-check every entity the act holds (the locked business object's row) for nothing. An instance
     * the transaction did touch is read with the automatic flush as before.
     */
    public ProcessInstance load(UUID instanceId) {
        ProcessInstance instance = entityManager.createQuery(
                        "select i from ProcessInstance i left join fetch i.nodes where i.id = :id", ProcessInstance.class)
                .setParameter("id", instanceId)
                .setFlushMode(eventsAtCommit.tracks(instanceId) ? FlushModeType.AUTO : FlushModeType.COMMIT)
                .getResultList().stream().findFirst().orElse(null);
        if (instance == null) {
            throw new ObjectNotFoundException("Process instance", instanceId);
        }
        eventsAtCommit.track(instance);
        return instance;
    }

    /** Completes the outcome's node with it: the outcome a service names in its constants, checked at start. */
    public void complete(ProcessInstance instance, NodeOutcome outcome, List<NodeOutput> outputs, Actor actor,
                         String comment, Activation next) {
        complete(instance, outcome.nodeKey(), outcome.outcome(), outputs, actor, comment, next);
    }

    /** As {@link #complete(ProcessInstance, String, String, List, Actor, String, Activation, CompletionContent)}. */
    public void complete(ProcessInstance instance, NodeOutcome outcome, List<NodeOutput> outputs, Actor actor,
                         String comment, Activation next, CompletionContent content) {
        complete(instance, outcome.nodeKey(), outcome.outcome(), outputs, actor, comment, next, content);
    }

    public void complete(ProcessInstance instance, String nodeKey, String outcome, List<NodeOutput> outputs,
                         Actor actor, String comment, Activation next) {
        complete(instance, nodeKey, outcome, outputs, actor, comment, next, CompletionContent.NONE);
    }

    /**
     * Completes the active node once its work items join (422 naming the open ones; their results may
     * decide the outcome, then {@code outcome} may be null) and its guards hold on {@code content}
     * (422 with each rule's reason).
     */
    public void complete(ProcessInstance instance, String nodeKey, String outcome, List<NodeOutput> outputs,
                         Actor actor, String comment, Activation next, CompletionContent content) {
        ProcessDefinition definition = definition(instance);
        String decided = outcome;
        var active = instance.activeNode().filter(n -> n.nodeKey().equals(nodeKey));
        // One read of the instance's items serves the join check and the sync after the move. Only the completed
        // node's items matter to both (each move closes the open items of the node it leaves): a node without
        // items needs no read.
        List<WorkItem> items = active.isPresent() && !active.get().hasWorkItems() ? List.of() : workItems.of(instance.id());
        if (active.isPresent()) { // otherwise the instance refuses the move with 409
            decided = workItems.requireJoin(instance, definition, nodeKey, outcome, items);
            guards.require(definition, instance, active.get(), decided, outputs, content.fields(), content.subject());
        }
        instance.complete(definition, nodeKey, decided, outputs, actor, comment, clock.instant(), next, this::due);
        workItems.sync(instance, definition, actor, items);
    }

    public void skip(ProcessInstance instance, String nodeKey, String outcome, Actor actor, String reason,
                     Activation next) {
        instance.skip(definition(instance), nodeKey, outcome, actor, reason, clock.instant(), next,
                this::due);
        workItems.sync(instance, definition(instance), actor);
    }

    public void reassign(ProcessInstance instance, String nodeKey, String department, String person, Actor actor,
                         String reason) {
        instance.reassign(definition(instance), nodeKey, department, person, actor, reason,
                clock.instant());
    }

    public void reschedule(ProcessInstance instance, String nodeKey, List<String> limits, Actor actor) {
        instance.reschedule(definition(instance), nodeKey, limits, actor, clock.instant(), this::due);
    }

    /**
     * Recomputes the instance's open deadlines (the active node, its open work items) that were computed
     * with another calendar version, with the calendar as it is now; each changed one publishes its
     * normal event. Deadlines under the current version are left alone.
     */
    public List<DeadlineChange> recomputeDeadlines(ProcessInstance instance, Actor actor, String comment) {
        java.util.Optional<DeadlineChange> node = instance.recomputeDue(definition(instance), actor, clock.instant(),
                this::due, calendar.version(), comment);
        List<DeadlineChange> changes = new java.util.ArrayList<>();
        node.ifPresent(changes::add);
        changes.addAll(workItems.recomputeDue(instance, actor, node));
        return changes;
    }

    /** Every work item of the instance, every round (review rows with their results, duties). */
    public List<WorkItem> workItems(ProcessInstance instance) {
        return workItems.of(instance.id());
    }

    /**
     * How the work items of the node's latest round join now: {@code open()} lists those still owed;
     * once none is, {@code outcome()} is what their results decide (empty under ALL_PASS without
     * {@code pass} when all passed: the scenario's own completion names the outcome, e.g. a sign-off).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public com.handbookflow.core.engine.item.WorkItemJoin.Verdict workItemJoin(ProcessInstance instance, String nodeKey) {
        return workItems.verdict(instance, definition(instance), nodeKey);
    }

    /** Adds a work item to the active node's current round (e.g. one more department's duty). */
    public WorkItem addWorkItem(ProcessInstance instance, String nodeKey, WorkItemSpec spec, Actor actor) {
        return workItems.add(instance, nodeKey, spec, actor);
    }

    /** Signs a work item of the active node with its result (PASS / FAIL / NEEDS_CHANGES, or none for a duty). */
    public WorkItem signWorkItem(ProcessInstance instance, String nodeKey, String itemKey, WorkItemResult result,
                                 String comment, Actor actor) {
        return workItems.sign(instance, definition(instance), nodeKey, itemKey, result, comment, actor);
    }

    /** Hands an open work item to another department or person. */
    public WorkItem reassignWorkItem(ProcessInstance instance, String nodeKey, String itemKey, String department,
                                     String person, Actor actor) {
        return workItems.reassign(instance, nodeKey, itemKey, department, person, actor);
    }

    private com.handbookflow.core.calendar.DeadlineComputation due(java.time.Instant start, String limit) {
        return calendar.deadline(start, LimitSpec.parse(limit));
    }
}
