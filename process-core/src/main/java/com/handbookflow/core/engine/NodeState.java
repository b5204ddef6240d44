package com.handbookflow.core.engine;

import com.handbookflow.core.label.Labeled;

/** The state of one node of a process instance. */
public enum NodeState implements Labeled {
    /** Not reached yet. */
    PENDING,
    /** Being worked on; its deadline runs. */
    ACTIVE,
    /** Done, with its required outputs. */
    COMPLETED,
    /** Done, but its outcome sent the process back to an earlier node. */
    RETURNED,
    /** Passed over by an override, without its required outputs (an audit finding). */
    SKIPPED;
}
