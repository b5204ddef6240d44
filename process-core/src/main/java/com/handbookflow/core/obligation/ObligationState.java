package com.handbookflow.core.obligation;

/** Where an obligation stands; travels by name in {@link com.handbookflow.core.event.ObligationChanged}. */
public enum ObligationState {
    /** Owed: its deadline runs. */
    OPEN,
    /** Met, on time or late. */
    FULFILLED,
    /** No longer owed (e.g. the complaint was closed while an update was due). */
    CLOSED
}
