package com.handbookflow.core.act;

import com.handbookflow.core.engine.ProcessInstance;

import java.util.UUID;

/**
 * A business object (a complaint, a launch, a project) that walks one process instance and keeps its
 * own copy of where the process stands (status, active node, its due instant) for its list's indexed
 * filters.
 */
public interface TracksProcess {

    UUID processInstanceId();

    /** Called after each act: brings the object's copy of the process current. */
    void track(ProcessInstance process);
}
