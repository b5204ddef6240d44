package com.handbookflow.core.engine;

import com.handbookflow.core.calendar.DeadlineComputation;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.engine.definition.EndStateDefinition;
import com.handbookflow.core.engine.definition.LimitAnchor;
import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.engine.definition.OutputDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.engine.definition.TransitionDefinition;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.event.ProcessEvent;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A running process: the aggregate that walks a {@link ProcessDefinition}. Every move is a method
 * that checks the current state, refuses an illegal move with the current state in the message,
 * changes the state and registers the event it causes ({@link #takeEvents()}). {@code @Version}
 * serialises concurrent moves: of two, exactly one commits.
 */
@Entity
@Table(name = "process_instance")
// A move changes its version and changed_at, rarely the attributes: the update names only what changed (a full-row
// update serialised the attributes' JSON at every move).
@DynamicUpdate
public class ProcessInstance {

    @Id
    private UUID id;

    @Column(name = "process_type")
    private String processType;

    @Column(name = "business_number")
    private String businessNumber;

    @Enumerated(EnumType.STRING)
    private InstanceStatus status;

    @Column(name = "end_state")
    private String endState;

    /** The definition version the instance started with and keeps (null: started before versions were kept). */
    @Column(name = "definition_version")
    private String definitionVersion;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    /**
     * Replaced, never changed in place (see {@link #putAttribute}): Hibernate then keeps the loaded value as its
     * snapshot instead of a deep copy made through JSON on every load.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private Map<String, Object> attributes = new HashMap<>();

    @OneToMany(mappedBy = "instance", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<NodeInstance> nodes = new ArrayList<>();

    @Version
    private long version;

    @Transient
    private final List<ProcessEvent> events = new ArrayList<>();

    protected ProcessInstance() {
    }

    /** Starts a process: its first node becomes active, its limit counted from {@code now} (or the activation's anchor). */
    public static ProcessInstance start(ProcessDefinition definition, String businessNumber, Map<String, Object> attributes,
                                        Actor actor, Instant now, Activation first, DueCalculator deadlines) {
        ProcessInstance instance = new ProcessInstance();
        instance.id = UUID.randomUUID();
        instance.processType = definition.type();
        instance.businessNumber = businessNumber;
        instance.status = InstanceStatus.ACTIVE;
        instance.startedAt = first.anchor() != null ? first.anchor() : now;
        instance.changedAt = now;
        if (attributes != null) {
            instance.attributes.putAll(attributes);
        }
        instance.activate(definition, definition.first(), first, actor, now, deadlines, null);
        return instance;
    }

    /**
     * Completes the active node {@code nodeKey} with an outcome. Refused when the process has ended or
     * another node is active (409), when the outcome is unknown or a required output is missing (422).
     */
    public void complete(ProcessDefinition definition, String nodeKey, String outcome, List<NodeOutput> outputs,
                         Actor actor, String comment, Instant now, Activation next, DueCalculator deadlines) {
        NodeInstance node = requireActive(nodeKey, "complete");
        NodeDefinition nodeDefinition = definitionOf(definition, nodeKey);
        TransitionDefinition transition = requireTransition(nodeDefinition, outcome);
        List<NodeOutput> given = outputs == null ? List.of() : outputs;
        List<OutputDefinition> missing = missingOutputs(nodeDefinition, given);
        if (!missing.isEmpty()) {
            throw new MissingOutputsException(nodeKey, missing);
        }
        NodeState finalState = definition.isBackEdge(nodeKey, transition.to()) ? NodeState.RETURNED : NodeState.COMPLETED;
        move(definition, node, nodeDefinition, transition, finalState, given, actor, comment, now, next, deadlines, false);
    }

    /**
     * Passes over the active node without its required outputs: a supervisor's override, recorded as
     * SKIPPED and flagged on the event so the audit sees it.
     */
    public void skip(ProcessDefinition definition, String nodeKey, String outcome, Actor actor, String reason,
                     Instant now, Activation next, DueCalculator deadlines) {
        NodeInstance node = requireActive(nodeKey, "skip");
        NodeDefinition nodeDefinition = definitionOf(definition, nodeKey);
        TransitionDefinition transition = requireTransition(nodeDefinition, outcome);
        move(definition, node, nodeDefinition, transition, NodeState.SKIPPED, List.of(), actor, reason, now, next,
                deadlines, true);
    }

    /** Hands the active node to another department or person; its deadline keeps running. */
    public void reassign(ProcessDefinition definition, String nodeKey, String department, String person, Actor actor,
                         String reason, Instant now) {
        NodeInstance node = requireActive(nodeKey, "reassign");
        node.handOver(department != null ? department : node.responsibleDepartment(), person, actor, reason);
        changedAt = now;
        record(definition, node, NodeState.ACTIVE, actor, reason, now, false);
    }

    /**
     * Recomputes the active node's due instant from its start with other limits (the earliest wins),
     * e.g. when grading a complaint changes how long its handling may take.
     */
    public void reschedule(ProcessDefinition definition, String nodeKey, List<String> limits, Actor actor, Instant now,
                           DueCalculator deadlines) {
        NodeInstance node = requireActive(nodeKey, "reschedule");
        DeadlineComputation due = earliest(node.startedAt(), limits, deadlines);
        node.reschedule(due.dueAt(), due.limit(), due.calendarVersion());
        changedAt = now;
        record(definition, node, NodeState.ACTIVE, actor, null, now, false);
    }

    /**
     * Recomputes the active node's due instant with the calendar as it is now, from the same anchor and
     * limit, when it was computed with another calendar version (a calendar year was loaded since). The
     * node's normal event (ACTIVE to ACTIVE) tells notification-service the new due instant and version.
     * Only working-day limits depend on the calendar; others are left as they are, and so is a limit up to a
     * date the scenario named ({@link LimitAnchor#SCENARIO_DATE}).
     */
    public Optional<DeadlineChange> recomputeDue(ProcessDefinition definition, Actor actor, Instant now,
                                                 DueCalculator deadlines, String calendarVersion, String comment) {
        Optional<NodeInstance> active = status == InstanceStatus.ACTIVE ? activeNode() : Optional.empty();
        if (active.isEmpty() || calendarVersion.equals(active.get().calendarVersion())
                || LimitSpec.parse(active.get().limitSpec()).kind() != LimitSpec.Kind.WORKING_DAYS
                || definitionOf(definition, active.get().nodeKey()).limitFrom() == LimitAnchor.SCENARIO_DATE) {
            return Optional.empty();
        }
        NodeInstance node = active.get();
        // The anchor it was computed from: the process start for the first node (its activation's anchor)
        // and for nodes counted from the process start, else the node's own start.
        Instant anchor = node.seq() == 1 || definitionOf(definition, node.nodeKey()).limitFrom() == LimitAnchor.PROCESS_START
                ? startedAt : node.startedAt();
        DeadlineComputation due = deadlines.due(anchor, node.limitSpec());
        DeadlineChange change = new DeadlineChange(DeadlineChange.NODE, businessNumber, node.nodeKey(), node.dueAt(), due.dueAt(),
                node.calendarVersion(), due.calendarVersion());
        node.reschedule(due.dueAt(), due.limit(), due.calendarVersion());
        changedAt = now;
        record(definition, node, NodeState.ACTIVE, actor, comment, now, false);
        return Optional.of(change);
    }

    /** Sets a scenario fact (grade, urgency, satisfaction...) carried by every later event. */
    public void putAttribute(String name, Object value) {
        Map<String, Object> changed = new HashMap<>(attributes);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value instanceof Enum<?> e ? e.name() : value);
        }
        attributes = changed;
    }

    private void move(ProcessDefinition definition, NodeInstance node, NodeDefinition nodeDefinition,
                      TransitionDefinition transition, NodeState finalState, List<NodeOutput> outputs, Actor actor,
                      String comment, Instant now, Activation next, DueCalculator deadlines, boolean override) {
        node.finish(finalState, transition.outcome(), outputs, actor, comment, now);
        changedAt = now;
        Optional<EndStateDefinition> end = definition.endState(transition.to());
        if (end.isPresent()) {
            status = InstanceStatus.ENDED;
            endState = end.get().key();
            endedAt = now;
        }
        record(definition, node, NodeState.ACTIVE, actor, comment, now, override);
        if (end.isEmpty()) {
            activate(definition, definitionOf(definition, transition.to()), next == null ? Activation.DEFAULT : next,
                    actor, now, deadlines, nodeDefinition);
        }
    }

    private void activate(ProcessDefinition definition, NodeDefinition nodeDefinition, Activation activation,
                          Actor actor, Instant now, DueCalculator deadlines, NodeDefinition from) {
        Instant anchor = activation.anchor() != null ? activation.anchor()
                : nodeDefinition.limitFrom() == LimitAnchor.PROCESS_START ? startedAt : now;
        List<String> limits = activation.limits() != null && !activation.limits().isEmpty()
                ? activation.limits() : List.of(nodeDefinition.limit());
        DeadlineComputation due = earliest(anchor, limits, deadlines);
        int attempt = (int) nodes.stream().filter(n -> n.nodeKey().equals(nodeDefinition.key())).count() + 1;
        NodeInstance node = new NodeInstance(this, nodes.size() + 1, nodeDefinition.key(), attempt,
                activation.responsibleDepartment() != null ? activation.responsibleDepartment()
                        : nodeDefinition.responsibleDepartment(),
                activation.responsiblePerson(), now, due.dueAt(), due.limit(), due.calendarVersion());
        nodes.add(node);
        record(definition, node, null, actor, null, now, false);
    }

    private static DeadlineComputation earliest(Instant anchor, List<String> limits, DueCalculator deadlines) {
        return limits.stream()
                .map(limit -> deadlines.due(anchor, limit))
                .min(Comparator.comparing(DeadlineComputation::dueAt))
                .orElseThrow();
    }

    /** Whether {@code nodeKey} is the active node: the one check before any act on a node. */
    public boolean isActiveAt(String nodeKey) {
        return status == InstanceStatus.ACTIVE && activeNode().filter(n -> n.nodeKey().equals(nodeKey)).isPresent();
    }

    private NodeInstance requireActive(String nodeKey, String act) {
        if (status != InstanceStatus.ACTIVE) {
            throw IllegalTransitionException.of("illegal-transition.ended", null, endState, act, nodeKey, endState);
        }
        NodeInstance active = activeNode().orElseThrow();
        if (!isActiveAt(nodeKey)) {
            throw IllegalTransitionException.of("illegal-transition.other-node", active.nodeKey(),
                    NodeState.ACTIVE.name(), act, nodeKey, active.nodeKey());
        }
        return active;
    }

    private static TransitionDefinition requireTransition(NodeDefinition node, String outcome) {
        return node.transition(outcome).orElseThrow(() -> new UnknownOutcomeException(node.key(), outcome,
                node.transitions().stream().map(TransitionDefinition::outcome).toList()));
    }

    private static NodeDefinition definitionOf(ProcessDefinition definition, String nodeKey) {
        return definition.node(nodeKey).orElseThrow(() ->
                new IllegalStateException("node " + nodeKey + " is not in definition " + definition.type()));
    }

    private static List<OutputDefinition> missingOutputs(NodeDefinition node, List<NodeOutput> given) {
        Set<String> keys = new HashSet<>();
        given.forEach(o -> keys.add(o.key()));
        return node.requiredOutputs().stream().filter(o -> !keys.contains(o.key())).toList();
    }

    private void record(ProcessDefinition definition, NodeInstance node, NodeState previous, Actor actor,
                        String comment, Instant now, boolean override) {
        NodeDefinition nodeDefinition = definitionOf(definition, node.nodeKey());
        events.add(NodeStateChanged.builder()
                .eventId(UUID.randomUUID()).occurredAt(now)
                .processType(processType).instanceId(id).businessNumber(businessNumber)
                .nodeKey(node.nodeKey()).nodeNameZh(nodeDefinition.nameZh()).nodeNameEn(nodeDefinition.nameEn())
                .attempt(node.attempt())
                .previousState(previous).newState(node.state())
                .responsibleDepartment(node.responsibleDepartment()).responsiblePerson(node.responsiblePerson())
                .cooperatingDepartments(nodeDefinition.cooperatingDepartments())
                .startedAt(node.startedAt()).dueAt(node.dueAt())
                .limit(LimitSpec.parse(node.limitSpec())).calendarVersion(node.calendarVersion())
                .completedAt(node.completedAt()).onTime(node.onTime())
                .outcome(node.outcome()).outputs(node.outputs())
                .requiredOutputs(nodeDefinition.requiredOutputs().stream().map(OutputDefinition::key).toList())
                .override(override)
                .instanceStatus(status).endState(endState)
                .actor(actor).comment(comment).attributes(Map.copyOf(attributes))
                .build());
    }

    /** Pins the instance to the definition version it started with ({@link DefinitionVersions}). */
    void pinTo(String definitionVersion) {
        this.definitionVersion = definitionVersion;
    }

    /** The events caused since the last call; the engine appends them to the outbox when the transaction commits. */
    List<ProcessEvent> takeEvents() {
        List<ProcessEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** Adds a scenario event (an escalation, an obligation) to those written with this change. */
    public void raise(ProcessEvent event) {
        events.add(event);
    }

    public Optional<NodeInstance> activeNode() {
        return nodes.stream().filter(NodeInstance::isActive).findFirst();
    }

    /** The latest activation of a node, if it was reached. */
    public Optional<NodeInstance> latest(String nodeKey) {
        return nodes.stream().filter(n -> n.nodeKey().equals(nodeKey)).reduce((a, b) -> b);
    }

    public UUID id() { return id; }
    public String processType() { return processType; }
    public String businessNumber() { return businessNumber; }
    public InstanceStatus status() { return status; }
    public String endState() { return endState; }
    public String definitionVersion() { return definitionVersion; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public Instant changedAt() { return changedAt; }
    public long version() { return version; }
    public Map<String, Object> attributes() { return Map.copyOf(attributes); }
    public List<NodeInstance> nodes() { return List.copyOf(nodes); }
}
