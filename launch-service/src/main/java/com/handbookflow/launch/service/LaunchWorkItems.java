package com.handbookflow.launch.service;

import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.event.ObligationChanged;
import com.handbookflow.launch.domain.DutyItem;
import com.handbookflow.launch.domain.ReviewRow;

import java.time.Instant;
import java.util.UUID;

/**
 * The work items of a launch's nodes (the review rows of table 2, the launch-day duties) as
 * {@code obligation-changed} events of kind WORK_ITEM, keyed {@code <NODE>/<item>}: notification-service
 * reminds and escalates them like any obligation, with no change on its side. A new review round
 * reopens the same keys (the notification service counts it as the next cycle).
 */
final class LaunchWorkItems {

    static final String WORK_ITEM = "WORK_ITEM";

    private LaunchWorkItems() {
    }

    static ObligationChanged reviewRow(ProcessInstance process, NodeInstance node, ReviewRow row, String state,
                                       Actor actor, Instant now) {
        return new ObligationChanged(UUID.randomUUID(), now, process.processType(), process.id(),
                process.businessNumber(), LaunchProcess.PLAN_REVIEW + "/" + row.part().name(), WORK_ITEM,
                "方案评审：" + row.part().zh(), "Plan review: " + row.part().en(), state, row.department(), null,
                node.startedAt(), row.dueAt(), node.limitSpec(), node.calendarVersion(), row.signedAt(), row.onTime(),
                actor, process.attributes());
    }

    static ObligationChanged duty(ProcessInstance process, NodeInstance node, DutyItem duty, String state, Actor actor,
                                  Instant now) {
        return new ObligationChanged(UUID.randomUUID(), now, process.processType(), process.id(),
                process.businessNumber(), LaunchProcess.RELEASE + "/" + duty.duty().name(), WORK_ITEM,
                "上线准备：" + duty.duty().zh(), "Launch preparation: " + duty.duty().en(), state, duty.department(),
                null, node.startedAt(), duty.dueAt(), node.limitSpec(), node.calendarVersion(), duty.doneAt(),
                duty.onTime(), actor, process.attributes());
    }
}
