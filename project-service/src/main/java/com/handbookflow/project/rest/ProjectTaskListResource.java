package com.handbookflow.project.rest;

import com.handbookflow.core.paging.rest.PageParams;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.rest.QueryParams;
import com.handbookflow.project.domain.TaskStatus;
import com.handbookflow.project.service.ProjectQueries;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tasks across projects (a literal path of its own, so it never reads as a project number). */
@Path("/api/v1/projects/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Project tasks / 项目任务")
public class ProjectTaskListResource {

    private final ProjectQueries queries;
    private final ProjectMapper mapper;

    ProjectTaskListResource(ProjectQueries queries, ProjectMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
    }

    @GET
    @Transactional // each task names its project, read lazily: mapped before the commit detaches it
    @Operation(operationId = "listTasksAcrossProjects", summary = "Tasks across projects / 跨项目任务列表",
            description = "E.g. every delayed task of my department: status=DELAYED&department=design. Only projects the "
                    + "caller's department takes part in (all for oversight); by deadline; at most 100 a page.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PageView.class),
                    examples = @ExampleObject(name = "delayed tasks", value = ApiExamples.TASK_PAGE)))
    @APIResponse(responseCode = "400", description = "A filter or the paging is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    public PageView<TaskView> list(
            @QueryParam("status") @Parameter(description = "PENDING 待执行, IN_PROGRESS 进行中, DONE 已完成, DELAYED 延期",
                    example = "DELAYED") String status,
            @QueryParam("department") @Parameter(description = "The task's responsible department", example = "design") String department,
            @QueryParam("person") @Parameter(description = "The task's responsible person", example = "u2001") String person,
            @BeanParam PageParams paging) {
        return queries.tasks(new ProjectQueries.TaskFilter(QueryParams.enumValue("status", TaskStatus.class, status),
                QueryParams.text(department), QueryParams.text(person)), paging.validated()).map(mapper::task);
    }
}
