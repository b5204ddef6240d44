package com.handbookflow.core.engine;

import com.handbookflow.core.domain.StateConflictException;

/**
 * 409: the act does not fit where the process is now; the message and the problem's
 * {@code currentNode} and {@code currentState} say where it is, so a client can recover.
 */
public class IllegalTransitionException extends StateConflictException {

    private final String currentNode;
    private final String currentState;

    public IllegalTransitionException(String detail, String detailZh, String currentNode, String currentState) {
        super("illegal-transition", "Illegal transition", "非法的流程操作", detail, detailZh);
        this.currentNode = currentNode;
        this.currentState = currentState;
        with("currentNode", currentNode);
        with("currentState", currentState);
    }

    /**
     * A business act on {@code nodeKey} comes too early or too late: {@code what} (e.g. "Complaint
     * TS20260930-0001", "投诉 TS20260930-0001") is at another node or has ended.
     */
    public static IllegalTransitionException notActive(ProcessInstance instance, String nodeKey, String what,
                                                       String whatZh) {
        String currentNode = instance.activeNode().map(NodeInstance::nodeKey).orElse(null);
        String where = currentNode != null ? currentNode : instance.endState();
        return new IllegalTransitionException(
                what + " is at " + where + "; this act belongs to " + nodeKey + ".",
                whatZh + " 当前处于 " + where + "，该操作属于节点 " + nodeKey + "。",
                currentNode, currentNode != null ? NodeState.ACTIVE.name() : instance.endState());
    }

    /** The active node, or null when the process has ended. */
    public String currentNode() {
        return currentNode;
    }

    /** ACTIVE, or the end state when the process has ended. */
    public String currentState() {
        return currentState;
    }
}
