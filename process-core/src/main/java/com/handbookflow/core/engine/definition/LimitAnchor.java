package com.handbookflow.core.engine.definition;

/** What a node's time limit counts from. */
public enum LimitAnchor {
    /** From the moment the node became active (the common case). */
    NODE_START,
    /** From the start of the process, e.g. "registered within 24 hours of receipt". */
    PROCESS_START
}
