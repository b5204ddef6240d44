package com.handbookflow.core.engine.item;

import com.handbookflow.core.domain.DomainException;
import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.engine.IllegalTransitionException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;

import java.util.List;
import java.util.stream.Collectors;

/** The refusals of work-item acts, each naming what a client needs to recover; their words are in the kit's bundle. */
final class WorkItemRefusals {

    private static final Texts TEXTS = Texts.of(WorkItemRefusals.class);

    private WorkItemRefusals() {
    }

    /** 409: the item was signed already (or its node ended). */
    static DomainException notOpen(WorkItem item) {
        String by = item.signedByName() != null ? item.signedByName() : item.signedById();
        String signed = "work-item-not-open.signed";
        return new StateConflictException(text("work-item-not-open", item.obligationKey(), item.state().name(),
                item.state().zh(), by != null ? TEXTS.en(signed, by, item.completedAt()) : "",
                by != null ? TEXTS.zh(signed, by, item.completedAt()) : ""))
                .with("currentState", item.state().name())
                .with("signedBy", item.signedById());
    }

    /** 409: items are acted on only while their node is the active one. */
    static DomainException nodeNotActive(String nodeKey, String activeNode) {
        String ended = "illegal-transition.no-active-node";
        String title = "problem." + IllegalTransitionException.TYPE + ".title";
        String detail = "illegal-transition.work-items";
        String active = activeNode == null ? TEXTS.en(ended) : activeNode;
        String activeZh = activeNode == null ? TEXTS.zh(ended) : activeNode;
        return new StateConflictException(new ProblemText(IllegalTransitionException.TYPE, TEXTS.en(title), TEXTS.zh(title),
                TEXTS.en(detail, nodeKey, active, activeZh), TEXTS.zh(detail, nodeKey, active, activeZh)))
                .with("currentNode", activeNode);
    }

    /** 422: the node's current round has no such item. */
    static DomainException unknownItem(String nodeKey, String itemKey, List<String> known) {
        return new RuleBrokenException(text("unknown-work-item", nodeKey, itemKey, String.join(", ", known),
                String.join("、", known)),
                List.of(new FieldError("item", "known: " + String.join(", ", known))))
                .with("items", known);
    }

    /** 422: an item with this key is already in the node's current round. */
    static DomainException duplicateItem(String nodeKey, String itemKey) {
        return new RuleBrokenException(text("duplicate-work-item", nodeKey, itemKey),
                List.of(new FieldError("key", "already exists")));
    }

    /** 422: under an all-PASS join every signature carries an opinion. */
    static DomainException resultRequired(WorkItem item) {
        return new RuleBrokenException(text("work-item-result-required", item.obligationKey()),
                List.of(new FieldError("result", "one of PASS, FAIL, NEEDS_CHANGES")));
    }

    /** 422: the node cannot complete while items of its round are open. */
    static DomainException openItems(String nodeKey, List<WorkItem> open) {
        return new RuleBrokenException(text("work-items-open", nodeKey,
                open.stream().map(i -> i.itemKey() + " (" + i.nameEn() + ")").collect(Collectors.joining(", ")),
                open.stream().map(i -> "《" + i.nameZh() + "》").collect(Collectors.joining("、"))),
                open.stream().map(i -> new FieldError("items", "open " + i.itemKey())).toList())
                .with("openItems", open.stream().map(WorkItem::itemKey).toList());
    }

    /** 422: results that the join names no outcome for. */
    static DomainException undecided(String nodeKey, List<WorkItem> uncovered) {
        return new RuleBrokenException(text("work-items-undecided", nodeKey,
                uncovered.stream().map(i -> i.itemKey() + "=" + i.result()).collect(Collectors.joining(", ")),
                uncovered.stream().map(i -> "《" + i.nameZh() + "》" + (i.result() == null ? "" : i.result().zh()))
                        .collect(Collectors.joining("、"))),
                List.of());
    }

    /** 422: the items' results decide the outcome, and the completion named another. */
    static DomainException outcomeDecided(String nodeKey, String requested, String decided) {
        return new RuleBrokenException(text("outcome-decided-by-work-items", nodeKey, requested, decided),
                List.of(new FieldError("outcome", "decided: " + decided)))
                .with("decidedOutcome", decided);
    }

    private static ProblemText text(String type, Object... detailArguments) {
        return ProblemText.of(WorkItemRefusals.class, type, detailArguments);
    }
}
