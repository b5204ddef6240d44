package com.handbookflow.project.gantt;

import com.handbookflow.core.security.CurrentUser;

import java.util.Optional;

/**
 * Where the chart's tasks come from: the project's live task state (table 5), implemented by the
 * project's task model. Visibility is the source's rule: a project the caller may not see is
 * empty, exactly like one that does not exist (another department's project is "not found").
 */
public interface GanttSource {

    /** The project numbered {@code number} with its tasks as they stand now, if {@code caller} may see it. */
    Optional<GanttInput> forProject(String number, CurrentUser caller);
}
