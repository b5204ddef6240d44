package com.handbookflow.complaint.service;

import com.handbookflow.complaint.config.ComplaintConfig;
import com.handbookflow.complaint.domain.Urgency;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Activation;
import com.handbookflow.core.engine.definition.LimitAnchor;
import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The handbook's urgency: 紧急 within 24 hours, 特急 at once. The limit is a budget for the whole path
 * from receipt to the handling plan (ACKNOWLEDGE, REGISTER, CLASSIFY, ASSIGN, PLAN), counted from
 * receipt: each of these nodes is due at the earlier of its own limit and the end of the budget, so
 * no node may use up time the later ones need. A node cut by the budget is due at receipt + budget
 * and shows the budget's limit (e.g. {@code PT24H}), anchored at receipt.
 */
@ApplicationScoped
public class UrgencyBudget {

    private final ComplaintConfig config;
    private final WorkingDayCalendar calendar;
    private final ProcessDefinitions definitions;

    UrgencyBudget(ComplaintConfig config, WorkingDayCalendar calendar, ProcessDefinitions definitions) {
        this.config = config;
        this.calendar = calendar;
        this.definitions = definitions;
    }

    /** When the budget of {@code urgency} ends for a complaint received at {@code receivedAt}; empty for GENERAL. */
    public Optional<Instant> endsAt(Urgency urgency, Instant receivedAt) {
        return config.urgencyLimits().of(urgency)
                .map(limit -> calendar.deadline(receivedAt, LimitSpec.parse(limit)).dueAt());
    }

    /**
     * How {@code nodeKey} starts at {@code now}: as {@code base} says, with {@code ownLimits} (null: the
     * definition's limit), unless the urgency budget ends earlier; then due at its end.
     */
    public Activation activation(String nodeKey, Urgency urgency, Instant receivedAt, Activation base,
                                 List<String> ownLimits, Instant now) {
        Activation own = ownLimits == null ? base : base.withLimits(ownLimits);
        Optional<String> budget = config.urgencyLimits().of(urgency);
        if (budget.isEmpty()) {
            return own;
        }
        NodeDefinition node = definitions.get(ComplaintProcess.TYPE).node(nodeKey).orElseThrow();
        Instant anchor = base.anchor() != null ? base.anchor()
                : node.limitFrom() == LimitAnchor.PROCESS_START ? receivedAt : now;
        List<String> limits = ownLimits == null ? List.of(node.limit()) : ownLimits;
        Instant ownDue = limits.stream().map(l -> calendar.deadline(anchor, LimitSpec.parse(l)).dueAt())
                .min(Instant::compareTo).orElseThrow();
        Instant budgetEnd = endsAt(urgency, receivedAt).orElseThrow();
        return budgetEnd.isBefore(ownDue)
                ? new Activation(base.responsibleDepartment(), base.responsiblePerson(), List.of(budget.get()), receivedAt)
                : own;
    }
}
