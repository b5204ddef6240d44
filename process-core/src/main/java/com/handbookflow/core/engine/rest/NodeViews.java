package com.handbookflow.core.engine.rest;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.label.LabeledValue;

import io.quarkus.arc.Arc;

import java.time.Instant;
import java.util.List;

/** The timeline of an instance and the labels of a definition's nodes, the same in every scenario's API. */
public final class NodeViews {

    private NodeViews() {
    }

    /**
     * Every activation of the instance in order, named from {@code definition}: pass the version the
     * instance walks ({@code ProcessEngine.definition(instance)}), which knows every node it reached.
     */
    public static List<NodeView> timeline(ProcessDefinition definition, ProcessInstance process, Instant now) {
        WorkingDayCalendar calendar = calendar();
        return process.nodes().stream()
                .map(n -> of(definition.node(n.nodeKey()).orElseThrow(), n, now, calendar)).toList();
    }

    public static NodeView of(NodeDefinition d, NodeInstance n, Instant now) {
        return of(d, n, now, calendar());
    }

    public static NodeView of(NodeDefinition d, NodeInstance n, Instant now, WorkingDayCalendar calendar) {
        return new NodeView(n.nodeKey(), d.nameZh(), d.nameEn(), n.attempt(), LabeledValue.of(n.state()),
                n.responsibleDepartment(), n.responsiblePerson(), n.startedAt(), n.dueAt(), n.limitSpec(),
                n.calendarVersion(), calendar.coverage(n.startedAt(), n.dueAt(), n.limitSpec(), n.calendarVersion()),
                n.completedAt(), n.onTime(), n.isOverdue(now), n.outcome(), n.outputs(), n.actorName());
    }

    /**
     * The service's calendar, looked up here so that the scenarios' mappers keep calling the static helpers
     * unchanged: the calendar is the one application-wide bean, never per request.
     */
    private static WorkingDayCalendar calendar() {
        return Arc.container().instance(WorkingDayCalendar.class).get();
    }

    /** The nodes of a definition in order with their names, for an enumerations endpoint. */
    public static List<LabeledValue> labels(ProcessDefinition definition) {
        return definition.nodes().stream().map(n -> new LabeledValue(n.key(), n.nameZh(), n.nameEn())).toList();
    }
}
