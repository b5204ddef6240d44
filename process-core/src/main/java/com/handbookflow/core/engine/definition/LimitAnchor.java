package com.handbookflow.core.engine.definition;

/** What a node's time limit counts from. */
public enum LimitAnchor {
    /** From the moment the node became active (the common case). */
    NODE_START,
    /** From the start of the process, e.g. "registered within 24 hours of receipt". */
    PROCESS_START,
    /**
     * Until a date the scenario names, e.g. the project's progress node, due with the latest task deadline
     * the leader set. The scenario sets the limit from that date (see {@code ProcessEngine.reschedule}); a
     * calendar recomputation leaves it, as it leaves the date itself, so the node never moves past the
     * deadline it stands for when a holiday is loaded later.
     */
    SCENARIO_DATE
}
