package com.handbookflow.project.gantt.rest;

import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.core.security.Role;
import com.handbookflow.project.gantt.GanttInput;
import com.handbookflow.project.gantt.GanttSource;
import com.handbookflow.project.gantt.GanttTask;
import com.handbookflow.project.gantt.HandbookCampaign;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.Optional;
import java.util.Set;

/**
 * Stands in for the task model in {@link GanttResourceTest} only (enabled by its {@link Profile}):
 * serves the handbook's campaign to the departments with a task in it, supervisors and
 * administrators, as the task model's visibility rule does. An alternative, so it also replaces a
 * real source in that one test and nowhere else.
 */
@Alternative
@ApplicationScoped
public class CampaignSource implements GanttSource {

    @Override
    public Optional<GanttInput> forProject(String number, CurrentUser caller) {
        GanttInput project = HandbookCampaign.project();
        boolean takesPart = project.tasks().stream().map(GanttTask::department).anyMatch(caller::isIn);
        boolean sees = takesPart || caller.hasAny(Role.SUPERVISOR, Role.ADMIN);
        return number.equals(project.projectNumber()) && sees ? Optional.of(project) : Optional.empty();
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(CampaignSource.class);
        }
    }
}
