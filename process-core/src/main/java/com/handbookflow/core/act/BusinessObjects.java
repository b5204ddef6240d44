package com.handbookflow.core.act;

import com.handbookflow.core.engine.ProcessInstance;

import java.util.UUID;

/**
 * What the act template needs to know about a scenario's business object (a complaint, a launch,
 * a project): how to lock it for an act, who may see it, which process instance it walks, and how
 * it keeps its own copy of where the process stands (list columns) current.
 *
 * @param <B> the business object
 */
public interface BusinessObjects<B> {

    /** The kind for problems naming the object, e.g. {@code Complaint}. */
    String kind();

    /** The kind in Chinese, e.g. {@code 投诉}. */
    String kindZh();

    /**
     * The object with its row locked until the transaction ends, so acts on one object queue and the
     * later one sees where the first left the process; {@link com.handbookflow.core.domain.ObjectNotFoundException}
     * when there is none.
     */
    B lockForAct(String number);

    /** Whether the current user may see the object; one they may not see is "not found", as for a read. */
    boolean sees(B object);

    UUID processInstanceId(B object);

    /** Called after each act: keeps the object's copy of the process (active node, due instant) current. */
    void track(B object, ProcessInstance process);
}
