package com.handbookflow.core.engine.item;

import com.handbookflow.core.problem.ConflictException;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.domain.DomainException;
import com.handbookflow.core.problem.UnprocessableException;

import java.util.List;
import java.util.stream.Collectors;

/** The refusals of work-item acts, each naming what a client needs to recover. */
final class WorkItemRefusals {

    private WorkItemRefusals() {
    }

    /** 409: the item was signed already (or its node ended). */
    static DomainException notOpen(WorkItem item) {
        String by = item.signedByName() != null ? item.signedByName() : item.signedById();
        return new ConflictException("work-item-not-open", "Work item is not open", "工作项不是待办状态",
                "Work item " + item.obligationKey() + " is " + item.state().name()
                        + (by != null ? " (signed by " + by + " at " + item.completedAt() + ")" : "") + ".",
                "工作项 " + item.obligationKey() + " 当前状态为" + item.state().zh()
                        + (by != null ? "（" + by + " 已于 " + item.completedAt() + " 签署）" : "") + "。")
                .with("currentState", item.state().name())
                .with("signedBy", item.signedById());
    }

    /** 409: items are acted on only while their node is the active one. */
    static DomainException nodeNotActive(String nodeKey, String activeNode) {
        return new ConflictException("illegal-transition", "Illegal transition", "非法的流程操作",
                "Work items of node " + nodeKey + " cannot change: the active node is "
                        + (activeNode == null ? "none (the process has ended)" : activeNode) + ".",
                "节点 " + nodeKey + " 的工作项无法变更：当前进行中的节点是 " + (activeNode == null ? "无（流程已结束）" : activeNode) + "。")
                .with("currentNode", activeNode);
    }

    /** 422: the node's current round has no such item. */
    static DomainException unknownItem(String nodeKey, String itemKey, List<String> known) {
        return new UnprocessableException("unknown-work-item", "Unknown work item", "未知的工作项",
                "Node " + nodeKey + " has no open round item '" + itemKey + "'; items: " + String.join(", ", known),
                "节点 " + nodeKey + " 当前轮次没有工作项 '" + itemKey + "'，现有：" + String.join("、", known),
                List.of(new Problem.FieldError("item", "known: " + String.join(", ", known))))
                .with("items", known);
    }

    /** 422: an item with this key is already in the node's current round. */
    static DomainException duplicateItem(String nodeKey, String itemKey) {
        return new UnprocessableException("duplicate-work-item", "Work item exists", "工作项已存在",
                "Node " + nodeKey + " already has work item '" + itemKey + "' in this round.",
                "节点 " + nodeKey + " 本轮已有工作项 '" + itemKey + "'。",
                List.of(new Problem.FieldError("key", "already exists")));
    }

    /** 422: under an all-PASS join every signature carries an opinion. */
    static DomainException resultRequired(WorkItem item) {
        return new UnprocessableException("work-item-result-required", "Result required", "必须给出评审意见",
                "Work item " + item.obligationKey() + " is signed with PASS, FAIL or NEEDS_CHANGES.",
                "工作项 " + item.obligationKey() + " 须给出评审意见：通过、不通过或需修改。",
                List.of(new Problem.FieldError("result", "one of PASS, FAIL, NEEDS_CHANGES")));
    }

    /** 422: the node cannot complete while items of its round are open. */
    static DomainException openItems(String nodeKey, List<WorkItem> open) {
        return new UnprocessableException("work-items-open", "Work items still open", "仍有未完成的工作项",
                "Node " + nodeKey + " cannot complete while these work items are open: "
                        + open.stream().map(i -> i.itemKey() + " (" + i.nameEn() + ")").collect(Collectors.joining(", ")),
                "节点 " + nodeKey + " 仍有未完成的工作项："
                        + open.stream().map(i -> "《" + i.nameZh() + "》").collect(Collectors.joining("、")),
                open.stream().map(i -> new Problem.FieldError("items", "open " + i.itemKey())).toList())
                .with("openItems", open.stream().map(WorkItem::itemKey).toList());
    }

    /** 422: results that the join names no outcome for. */
    static DomainException undecided(String nodeKey, List<WorkItem> uncovered) {
        return new UnprocessableException("work-items-undecided", "Work items do not decide an outcome",
                "工作项结果无法决定处理结果",
                "Node " + nodeKey + " has no outcome for the results of: "
                        + uncovered.stream().map(i -> i.itemKey() + "=" + i.result()).collect(Collectors.joining(", ")),
                "节点 " + nodeKey + " 无法根据以下工作项结果决定处理结果："
                        + uncovered.stream().map(i -> "《" + i.nameZh() + "》" + (i.result() == null ? "" : i.result().zh()))
                        .collect(Collectors.joining("、")),
                List.of());
    }

    /** 422: the items' results decide the outcome, and the completion named another. */
    static DomainException outcomeDecided(String nodeKey, String requested, String decided) {
        return new UnprocessableException("outcome-decided-by-work-items", "Outcome decided by the work items",
                "处理结果由工作项决定",
                "Node " + nodeKey + " cannot complete as '" + requested + "': its work items' results decide '"
                        + decided + "'.",
                "节点 " + nodeKey + " 不能以 '" + requested + "' 完成：工作项结果决定为 '" + decided + "'。",
                List.of(new Problem.FieldError("outcome", "decided: " + decided)))
                .with("decidedOutcome", decided);
    }
}
