package com.handbookflow.core.engine;

import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;

/**
 * 409: the act does not fit where the process is now; the message and the problem's
 * {@code currentNode} and {@code currentState} say where it is, so a client can recover.
 */
public class IllegalTransitionException extends StateConflictException {

    /** The problem type; the work-item refusals use it too. */
    public static final String TYPE = "illegal-transition";

    private final String currentNode;
    private final String currentState;

    public IllegalTransitionException(String detail, String detailZh, String currentNode, String currentState) {
        super(text(detail, detailZh));
        this.currentNode = currentNode;
        this.currentState = currentState;
        with("currentNode", currentNode);
        with("currentState", currentState);
    }

    /** The type's title from the kit's bundle, with the given detail. */
    private static ProblemText text(String detail, String detailZh) {
        Texts texts = Texts.of(IllegalTransitionException.class);
        String title = "problem." + TYPE + ".title";
        return new ProblemText(TYPE, texts.en(title), texts.zh(title), detail, detailZh);
    }

    /** The detail read from the kit's bundle under {@code detailKey}, {@code arguments} filling it in both languages. */
    static IllegalTransitionException of(String detailKey, String currentNode, String currentState, Object... arguments) {
        Texts texts = Texts.of(IllegalTransitionException.class);
        return new IllegalTransitionException(texts.en(detailKey, arguments), texts.zh(detailKey, arguments),
                currentNode, currentState);
    }

    /**
     * A business act on {@code nodeKey} comes too early or too late: {@code what} (e.g. "Complaint
     * TS20260930-0001", "投诉 TS20260930-0001") is at another node or has ended.
     */
    public static IllegalTransitionException notActive(ProcessInstance instance, String nodeKey, String what,
                                                       String whatZh) {
        String currentNode = instance.activeNode().map(NodeInstance::nodeKey).orElse(null);
        String where = currentNode != null ? currentNode : instance.endState();
        return of("illegal-transition.not-active", currentNode,
                currentNode != null ? NodeState.ACTIVE.name() : instance.endState(), what, whatZh, where, nodeKey);
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
