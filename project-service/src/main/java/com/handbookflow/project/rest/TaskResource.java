package com.handbookflow.project.rest;

import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import com.handbookflow.project.service.TaskService;

import java.util.List;

/** Table 5 《项目任务清单》: a project's tasks, each with its own lifecycle. */
@Path("/api/v1/projects/{number}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project tasks / 项目任务")
@APIResponse(responseCode = "400", description = ProblemExamples.INVALID_INPUT_RESPONSE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
@APIResponse(responseCode = "403", description = "Not the department or person who may do this / 无权操作",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
@APIResponse(responseCode = "404", description = "No such project (or not one the caller takes part in) / 项目不存在",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
@APIResponse(responseCode = "409", description = "The act does not fit where the project or task is now (currentNode / currentState say where)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "wrong state", value = ApiExamples.CONFLICT)))
@APIResponse(responseCode = "422", description = ProblemExamples.AGAINST_A_RULE_RESPONSE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "rule", value = ApiExamples.UNPROCESSABLE)))
public class TaskResource {

    private final TaskService service;
    private final ActorProvider actors;
    private final ProjectMapper mapper;

    TaskResource(TaskService service, ActorProvider actors, ProjectMapper mapper) {
        this.service = service;
        this.actors = actors;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listProjectTasks", summary = "The project's tasks / 项目任务清单",
            description = "Every task of the project with its department, deliverable standard, dates, status and"
                    + " predecessors.\n\n项目任务清单：每项任务的责任部门、交付标准、起止日期、状态和前置任务。")
    @APIResponse(responseCode = "200", description = "Every task, in order",
            content = @Content(schema = @Schema(implementation = TaskView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "tasks", value = "[" + ApiExamples.TASK_VIEW + "]")))
    @Transactional // each task names its project, read lazily: mapped before the commit detaches it
    public List<TaskView> list(@PathParam("number") @Parameter(example = "PRJ2026001") String number) {
        return service.list(number).stream().map(mapper::task).toList();
    }

    @POST
    @Operation(operationId = "addProjectTask", summary = "Add a task / 新增任务",
            description = "While the team is formed or the progress runs, by the initiating department or the leader. "
                    + "SMART: a deliverable standard and a deadline are required; vague wording (尽快完成, ASAP, 尽早) is "
                    + "refused. Predecessors (finish-to-start) must exist and form no cycle. The task is owed by its "
                    + "department and person to its deadline.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TaskRequest.class),
            examples = @ExampleObject(name = "task", value = ApiExamples.TASK)))
    @APIResponse(responseCode = "200", description = "The task as planned",
            content = @Content(schema = @Schema(implementation = TaskView.class),
                    examples = @ExampleObject(name = "task", value = ApiExamples.TASK_VIEW)))
    @Transactional
    public TaskView add(@PathParam("number") String number, @Valid @NotNull TaskRequest request) {
        return mapper.task(service.add(number, request.toPlannedTask(), actors.current()));
    }

    @GET
    @Path("{key}")
    @Operation(operationId = "getProjectTask", summary = "A task / 任务详情",
            description = "One task by its key: department, deliverable standard, dates, status, predecessors and"
                    + " acceptance.\n\n按任务编号查看一项任务。")
    @APIResponse(responseCode = "200", description = "The task",
            content = @Content(schema = @Schema(implementation = TaskView.class),
                    examples = @ExampleObject(name = "task", value = ApiExamples.TASK_VIEW)))
    @Transactional
    public TaskView get(@PathParam("number") String number, @PathParam("key") @Parameter(example = "T2") String key) {
        return mapper.task(service.get(number, key));
    }

    @PUT
    @Path("{key}")
    @Operation(operationId = "reviseProjectTask", summary = "Revise a task not started yet / 修改未开始的任务",
            description = "The same rules as when added; predecessors that would close a cycle are refused.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TaskRequest.class),
            examples = @ExampleObject(name = "task", value = ApiExamples.TASK)))
    @APIResponse(responseCode = "200", description = "The task as revised",
            content = @Content(schema = @Schema(implementation = TaskView.class),
                    examples = @ExampleObject(name = "task", value = ApiExamples.TASK_VIEW)))
    @Transactional
    public TaskView revise(@PathParam("number") String number, @PathParam("key") String key,
                           @Valid @NotNull TaskRequest request) {
        return mapper.task(service.revise(number, key, request.toPlannedTask(), actors.current()));
    }

    @POST
    @Path("{key}/start")
    @Consumes(MediaType.WILDCARD) // no body: a client need not name a content type
    @Operation(operationId = "startProjectTask", summary = "Start a task / 开始任务",
            description = "By its department or person, in the progress phase, once every predecessor is done (409 "
                    + "predecessors-not-done otherwise). No body.")
    @APIResponse(responseCode = "200", description = "The task, in progress",
            content = @Content(schema = @Schema(implementation = TaskView.class),
                    examples = @ExampleObject(name = "task", value = ApiExamples.TASK_VIEW)))
    @Transactional
    public TaskView start(@PathParam("number") String number, @PathParam("key") String key) {
        return mapper.task(service.start(number, key, actors.current()));
    }

    @POST
    @Path("{key}/completion")
    @Consumes(MediaType.WILDCARD) // no body: a client need not name a content type
    @Operation(operationId = "completeProjectTask", summary = "Report a task done / 完成任务",
            description = "By its department or person; a delayed task may be completed too (late). The last task done "
                    + "ends the progress phase and opens the acceptance. No body.")
    @APIResponse(responseCode = "200", description = "The task, done",
            content = @Content(schema = @Schema(implementation = TaskView.class),
                    examples = @ExampleObject(name = "task", value = ApiExamples.TASK_VIEW)))
    @Transactional
    public TaskView complete(@PathParam("number") String number, @PathParam("key") String key) {
        return mapper.task(service.complete(number, key, actors.current()));
    }

    @POST
    @Path("{key}/acceptance")
    @Operation(operationId = "acceptProjectTask", summary = "Accept or reject a task's result / 任务成果验收",
            description = "By the initiating department during acceptance, against the task's deliverable standard. "
                    + "REJECTED needs a reason and sends the task back to 进行中 (optionally with a new deadline).")
    @RequestBody(content = @Content(schema = @Schema(implementation = TaskAcceptanceRequest.class),
            examples = {@ExampleObject(name = "accepted", value = "{\"result\": \"ACCEPTED\", \"reason\": \"符合交付标准。\"}"),
                    @ExampleObject(name = "rejected", value = ApiExamples.TASK_ACCEPTANCE)}))
    @APIResponse(responseCode = "200", description = "The task with its acceptance",
            content = @Content(schema = @Schema(implementation = TaskView.class),
                    examples = @ExampleObject(name = "task", value = ApiExamples.TASK_VIEW)))
    @Transactional
    public TaskView accept(@PathParam("number") String number, @PathParam("key") String key,
                           @Valid @NotNull TaskAcceptanceRequest request) {
        return mapper.task(service.accept(number, key, request.toVerdict(), actors.current()));
    }
}
