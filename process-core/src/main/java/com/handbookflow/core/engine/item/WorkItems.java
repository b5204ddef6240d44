package com.handbookflow.core.engine.item;

import com.handbookflow.core.calendar.DeadlineComputation;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.DeadlineChange;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.engine.definition.WorkItemDefinition;
import com.handbookflow.core.event.ObligationChanged;
import com.handbookflow.core.obligation.ObligationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The work items of process instances: opened with each activation of a node whose definition names
 * them (a new round when a back-edge re-activates the node), added at run time, signed, and closed
 * when their node ends without them. Every change is raised on the instance as an
 * {@code obligation-changed} event of kind {@value WorkItem#KIND} (OPEN, FULFILLED, CLOSED), written
 * with the change. Called by {@link com.handbookflow.core.engine.ProcessEngine} in the caller's
 * transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WorkItems {

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    WorkItems(EntityManager entityManager, WorkingDayCalendar calendar, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Every item of the instance, every round, in the order they were opened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkItem> of(UUID instanceId) {
        return entityManager.createQuery("from WorkItem w where w.instanceId = :id "
                        + "order by w.startedAt, w.nodeKey, w.round, w.seq", WorkItem.class)
                .setParameter("id", instanceId).getResultList();
    }

    /** The items of the node's latest round (empty when the node was never reached or has none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkItem> latestRound(ProcessInstance instance, String nodeKey) {
        return instance.latest(nodeKey).map(node -> ofNode(node.id())).orElse(List.of());
    }

    /**
     * How the items of the node's latest round join as they stand: the ones still open, or the
     * outcome their results decide (a scenario shows "awaiting sign-off" or moves the process on the
     * last signature without completing the node just to find out).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkItemJoin.Verdict verdict(ProcessInstance instance, ProcessDefinition definition, String nodeKey) {
        return WorkItemJoin.evaluate(definition.node(nodeKey).orElseThrow().join(), latestRound(instance, nodeKey));
    }

    /**
     * Brings the items in line with the nodes after a move: the items of a node that ended are
     * closed, the defined items of a newly active node are opened (its next round).
     */
    public void sync(ProcessInstance instance, ProcessDefinition definition, Actor actor) {
        sync(instance, definition, actor, of(instance.id()));
    }

    /** {@link #sync} for a caller that read the instance's items in this transaction already ({@link #of}). */
    public void sync(ProcessInstance instance, ProcessDefinition definition, Actor actor, List<WorkItem> existing) {
        Instant now = clock.instant();
        UUID active = instance.activeNode().map(NodeInstance::id).orElse(null);
        for (WorkItem item : existing) {
            if (item.isOpen() && !item.nodeInstanceId().equals(active)) {
                item.close(now);
                instance.raise(WorkItemEvents.changed(instance, item, ObligationState.CLOSED, actor, now));
            }
        }
        Optional<NodeInstance> node = instance.activeNode();
        if (node.isEmpty() || existing.stream().anyMatch(i -> i.nodeInstanceId().equals(node.get().id()))) {
            return;
        }
        NodeDefinition nodeDefinition = definition.node(node.get().nodeKey()).orElseThrow();
        int seq = 0;
        for (WorkItemDefinition item : nodeDefinition.items()) {
            open(instance, node.get(), item.key(), ++seq, item.nameZh(), item.nameEn(), WorkItem.Origin.DEFINITION,
                    item.responsibleDepartment(), null, item.limit(), actor, now);
        }
    }

    /** Adds an item to the active node's current round (the scenario decides, e.g. one more duty). */
    public WorkItem add(ProcessInstance instance, String nodeKey, WorkItemSpec spec, Actor actor) {
        NodeInstance node = requireActive(instance, nodeKey);
        List<WorkItem> round = ofNode(node.id());
        if (round.stream().anyMatch(i -> i.itemKey().equals(spec.key()))) {
            throw WorkItemRefusals.duplicateItem(nodeKey, spec.key());
        }
        if (spec.limit() != null) {
            LimitSpec.parse(spec.limit()); // a wrong limit is bad input, refused before anything changes
        }
        return open(instance, node, spec.key(), round.size() + 1, spec.nameZh(), spec.nameEn(), WorkItem.Origin.RUNTIME,
                spec.responsibleDepartment(), spec.responsiblePerson(), spec.limit(), actor, clock.instant());
    }

    /**
     * Signs an item of the active node's current round. Under an all-PASS join the signature must
     * carry a result; an item signed already is refused (409) naming who signed it.
     */
    public WorkItem sign(ProcessInstance instance, ProcessDefinition definition, String nodeKey, String itemKey,
                         WorkItemResult result, String comment, Actor actor) {
        WorkItem item = requireItem(instance, nodeKey, itemKey);
        NodeDefinition node = definition.node(nodeKey).orElseThrow();
        if (result == null && node.join().rule() == com.handbookflow.core.engine.definition.JoinDefinition.Rule.ALL_PASS) {
            throw WorkItemRefusals.resultRequired(item);
        }
        Instant now = clock.instant();
        item.sign(result, comment, actor, now);
        instance.raise(WorkItemEvents.changed(instance, item, ObligationState.FULFILLED, actor, now));
        return item;
    }

    /** Hands an open item of the current round to another department or person; its deadline keeps running. */
    public WorkItem reassign(ProcessInstance instance, String nodeKey, String itemKey, String department, String person,
                             Actor actor) {
        WorkItem item = requireItem(instance, nodeKey, itemKey);
        item.handOver(department != null ? department : item.responsibleDepartment(), person);
        instance.raise(WorkItemEvents.changed(instance, item, ObligationState.OPEN, actor, clock.instant()));
        return item;
    }

    /**
     * Recomputes the open items of the active node that were computed with another calendar version: an
     * item that shares its node's deadline follows the node's new one ({@code nodeChange}), an item with a
     * limit of its own is counted again from its start. Each changed item publishes its OPEN event.
     */
    public List<DeadlineChange> recomputeDue(ProcessInstance instance, Actor actor, Optional<DeadlineChange> nodeChange) {
        Optional<NodeInstance> node = instance.activeNode();
        if (node.isEmpty()) {
            return List.of();
        }
        String version = calendar.version();
        List<DeadlineChange> changes = new ArrayList<>();
        for (WorkItem item : ofNode(node.get().id())) {
            if (!item.isOpen() || version.equals(item.calendarVersion())
                    || LimitSpec.parse(item.limitSpec()).kind() != LimitSpec.Kind.WORKING_DAYS) {
                continue;
            }
            boolean sharesNodeDeadline = nodeChange.isPresent() && item.dueAt().equals(nodeChange.get().previousDueAt())
                    && item.limitSpec().equals(node.get().limitSpec());
            Instant dueAt = sharesNodeDeadline ? nodeChange.get().dueAt()
                    : calendar.deadline(item.startedAt(), LimitSpec.parse(item.limitSpec())).dueAt();
            changes.add(new DeadlineChange(WorkItem.KIND, instance.businessNumber(), item.obligationKey(), item.dueAt(), dueAt,
                    item.calendarVersion(), version));
            item.reschedule(dueAt, version);
            instance.raise(WorkItemEvents.changed(instance, item, ObligationState.OPEN, actor, clock.instant()));
        }
        return changes;
    }

    /**
     * Checks that the active node's items allow it to complete (422 naming the open items otherwise)
     * and returns the outcome to complete with: the one the items' results decide (a different
     * requested outcome is refused), else the requested one. A node without items passes unchanged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String requireJoin(ProcessInstance instance, ProcessDefinition definition, String nodeKey,
                              String requestedOutcome) {
        return requireJoin(instance, definition, nodeKey, requestedOutcome, of(instance.id()));
    }

    /** {@link #requireJoin} on the instance's items read in this transaction already ({@link #of}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String requireJoin(ProcessInstance instance, ProcessDefinition definition, String nodeKey,
                              String requestedOutcome, List<WorkItem> items) {
        Optional<NodeInstance> node = instance.activeNode().filter(n -> n.nodeKey().equals(nodeKey));
        if (node.isEmpty()) {
            return requestedOutcome;
        }
        List<WorkItem> round = items.stream().filter(i -> i.nodeInstanceId().equals(node.get().id()))
                .sorted(Comparator.comparingInt(WorkItem::seq)).toList();
        if (round.isEmpty()) {
            return requestedOutcome;
        }
        WorkItemJoin.Verdict verdict = WorkItemJoin.evaluate(definition.node(nodeKey).orElseThrow().join(), round);
        if (!verdict.open().isEmpty()) {
            throw WorkItemRefusals.openItems(nodeKey, verdict.open());
        }
        if (!verdict.holds()) {
            throw WorkItemRefusals.undecided(nodeKey, verdict.uncovered());
        }
        if (verdict.outcome().isEmpty() || verdict.outcome().get().equals(requestedOutcome)) {
            return verdict.outcome().orElse(requestedOutcome);
        }
        if (requestedOutcome == null) {
            return verdict.outcome().get();
        }
        throw WorkItemRefusals.outcomeDecided(nodeKey, requestedOutcome, verdict.outcome().get());
    }

    private WorkItem open(ProcessInstance instance, NodeInstance node, String key, int seq, String nameZh,
                          String nameEn, WorkItem.Origin origin, String department, String person, String limit,
                          Actor actor, Instant now) {
        Instant dueAt = node.dueAt();
        String limitSpec = node.limitSpec();
        String calendarVersion = node.calendarVersion();
        if (limit != null) {
            DeadlineComputation due = calendar.deadline(now, LimitSpec.parse(limit));
            dueAt = due.dueAt();
            limitSpec = due.limit();
            calendarVersion = due.calendarVersion();
        }
        WorkItem item = new WorkItem(instance.id(), node.id(), node.nodeKey(), node.attempt(), key, seq, nameZh, nameEn,
                origin, department != null ? department : node.responsibleDepartment(), person, now, dueAt, limitSpec,
                calendarVersion);
        entityManager.persist(item);
        node.noteWorkItem();
        instance.raise(WorkItemEvents.changed(instance, item, ObligationState.OPEN, actor, now));
        return item;
    }

    private WorkItem requireItem(ProcessInstance instance, String nodeKey, String itemKey) {
        NodeInstance node = requireActive(instance, nodeKey);
        List<WorkItem> round = ofNode(node.id());
        return round.stream().filter(i -> i.itemKey().equals(itemKey)).findFirst()
                .orElseThrow(() -> WorkItemRefusals.unknownItem(nodeKey, itemKey,
                        round.stream().map(WorkItem::itemKey).toList()));
    }

    private static NodeInstance requireActive(ProcessInstance instance, String nodeKey) {
        Optional<NodeInstance> active = instance.activeNode();
        if (active.isEmpty() || !active.get().nodeKey().equals(nodeKey)) {
            throw WorkItemRefusals.nodeNotActive(nodeKey, active.map(NodeInstance::nodeKey).orElse(null));
        }
        return active.get();
    }

    private List<WorkItem> ofNode(UUID nodeInstanceId) {
        return entityManager.createQuery("from WorkItem w where w.nodeInstanceId = :node order by w.seq", WorkItem.class)
                .setParameter("node", nodeInstanceId).getResultList();
    }

    /** The obligation events of work items: one shape for OPEN, FULFILLED and CLOSED. */
    static final class WorkItemEvents {

        private WorkItemEvents() {
        }

        static ObligationChanged changed(ProcessInstance instance, WorkItem item, ObligationState state, Actor actor, Instant now) {
            Map<String, Object> attributes = new HashMap<>(instance.attributes());
            attributes.put("nodeKey", item.nodeKey());
            attributes.put("itemKey", item.itemKey());
            attributes.put("round", item.round());
            if (item.result() != null) {
                attributes.put("result", item.result().name());
            }
            if (item.comment() != null) {
                attributes.put("comment", item.comment());
            }
            boolean ended = state != ObligationState.OPEN;
            return ObligationChanged.builder()
                    .eventId(UUID.randomUUID()).occurredAt(now)
                    .processType(instance.processType()).instanceId(instance.id())
                    .businessNumber(instance.businessNumber())
                    .obligationKey(item.obligationKey()).kind(WorkItem.KIND).nameZh(item.nameZh()).nameEn(item.nameEn())
                    .state(state)
                    .responsibleDepartment(item.responsibleDepartment()).responsiblePerson(item.responsiblePerson())
                    .startedAt(item.startedAt()).dueAt(item.dueAt())
                    .limit(LimitSpec.parseNullable(item.limitSpec())).calendarVersion(item.calendarVersion())
                    .completedAt(ended ? item.completedAt() : null).onTime(ended ? item.onTime() : null)
                    .actor(actor).attributes(Map.copyOf(attributes))
                    .build();
        }
    }
}
