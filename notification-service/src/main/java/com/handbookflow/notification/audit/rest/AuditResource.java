package com.handbookflow.notification.audit.rest;

import com.handbookflow.core.label.Texts;
import com.handbookflow.notification.security.NotificationAccess;
import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.problem.InvalidInputException;
import com.handbookflow.notification.audit.AuditCase;
import com.handbookflow.notification.audit.AuditSampling;
import com.handbookflow.notification.audit.OptimisationForm;
import com.handbookflow.notification.audit.ProcessSuggestion;
import com.handbookflow.notification.audit.ProcessSuggestions;
import com.handbookflow.notification.audit.QuarterlyReview;
import com.handbookflow.notification.audit.ReviewPack;
import com.handbookflow.notification.audit.ViolationRegister;
import com.handbookflow.notification.audit.ViolationStatus;
import com.handbookflow.notification.audit.ViolationView;
import com.handbookflow.notification.supervision.Metric;
import com.handbookflow.notification.supervision.Period;
import com.handbookflow.notification.supervision.SupervisionConfig;
import com.handbookflow.core.time.DateBounds;
import com.handbookflow.notification.export.ExportFormat;
import com.handbookflow.notification.export.rest.TableDownload;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit / 抽查与违规", description = "Monthly 10% audit sample, findings, violation register, quarterly review")
public class AuditResource {

    private static final String SAMPLE_EXAMPLE = """
            [{"month":"2026-03","instanceId":"8d3c9a61-1b7e-4f1a-a2f3-1c9d2e4b5a66","processType":"complaint",
            "businessNumber":"TS20260302-0001","department":"product","closedAt":"2026-03-12T07:30:00Z",
            "verdict":{"code":"VIOLATION","zh":"违规","en":"Violation"},
            "category":{"code":"DOCUMENT_MISMATCH","zh":"文档与实际不符","en":"Documents differ from practice"},
            "note":"处理方案与实际执行不一致","auditor":"u6001","auditedAt":"2026-04-03T02:00:00Z","causingDepartment":"product"}]""";

    private static final String SUGGESTION_EXAMPLE = """
            {"id":"5e0c6a7d-2f4b-4b8e-9a61-0d2f3c4b5a69","quarter":"2026-Q1","processType":"complaint","nodeKey":"PLAN",
            "suggestion":"处理方案模板增加责任部门确认栏","ownerDepartment":"customer-service","ownerPerson":null,
            "dueDate":"2026-04-30","status":{"code":"OPEN","zh":"待落实","en":"Open"},"recordedBy":"u6001",
            "recordedAt":"2026-04-08T02:00:00Z","doneAt":null}""";

    private static final String FORM_EXAMPLE = """
            {"quarter":"2026-Q1","titleZh":"流程优化建议表","titleEn":"Process optimisation suggestion form","rows":[
            {"scenario":"complaint","nodeKey":"PLAN","completed":52,
            "onTimeRate":{"value":0.904,"target":0.95,"comparison":"AT_LEAST","met":false},"timeouts":5,
            "currentlyOverdue":1,"recurringTimeouts":true,"violations":1,"suggestions":[""" + SUGGESTION_EXAMPLE + "]}]}";

    private static final String PROBLEM_JSON = "application/problem+json";

    private static final String EXPORT_FORMATS = "`format=csv` (default): UTF-8 with a byte order mark so Excel reads the Chinese, "
            + "RFC 4180 quoting, header row `中文 (English)`; `format=xlsx`: one sheet, bold header row. "
            + "The file name is Chinese in `Content-Disposition`'s `filename*` (RFC 5987), ASCII in `filename`.";

    private static final String DISPOSITION_DESCRIPTION = "attachment; the Chinese file name in filename* (RFC 5987), "
            + "an ASCII one in filename, e.g. attachment; filename=\"violations-2026-Q1.xlsx\"; "
            + "filename*=UTF-8''%E8%BF%9D%E8%A7%84%E8%AE%B0%E5%BD%95-2026-Q1.xlsx / 下载文件名";

    private static final String FORMAT_DESCRIPTION = "csv (default) or xlsx / 文件格式";

    private static final String BAD_FORMAT_EXAMPLE = """
            {"type":"https://handbookflow.com/problems/invalid-input","title":"Invalid input","status":400,
            "detail":"format: use csv or xlsx"}""";

    private static final String FORBIDDEN_EXAMPLE = """
            {"type":"https://handbookflow.com/problems/access-denied","title":"Access denied","status":403,
            "detail":"Only SUPERVISOR, LEADER or ADMIN may see or record audits, violations and review packs"}""";

    private static final String VIOLATIONS_CSV_EXAMPLE = """
            编号 (ID),业务编号 (Business number),流程 (Process),节点 (Node),责任部门 (Department),违规类别 (Category),\
            来源 (Source),说明 (Note),发生时间 (Occurred at),季度 (Quarter),状态 (Status),整改时间 (Resolved at)
            5e0c6a7d-2f4b-4b8e-9a61-0d2f3c4b5a70,TS20260302-0001,complaint,PLAN,product,跳过流程步骤,自动检查,\
            "required outputs [handling-plan], skipped",2026-03-04T01:00:00Z,2026-Q1,待整改,
            """;

    private static final String SAMPLE_CSV_EXAMPLE = """
            月份 (Month),流程实例 (Instance ID),流程 (Process),业务编号 (Business number),结案部门 (Closing department),\
            结案时间 (Closed at),抽查结论 (Verdict),违规类别 (Category),说明 (Note),抽查人 (Auditor),抽查时间 (Audited at),\
            违规归属部门 (Causing department)
            2026-03,8d3c9a61-1b7e-4f1a-a2f3-1c9d2e4b5a66,complaint,TS20260302-0001,product,2026-03-12T07:30:00Z,违规,\
            文档与实际不符,处理方案与实际执行不一致,u6001,2026-04-03T02:00:00Z,product
            """;

    private static final String FORM_CSV_EXAMPLE = """
            场景 (Scenario),节点 (Node),完成数 (Completed),按时完成率 (On-time rate),目标 (Target),是否达标 (Target met),\
            超时完成数 (Timeouts),当前超时未完成 (Currently overdue),反复超时 (Recurring timeouts),违规数 (Violations),\
            优化建议 (Suggestion),责任部门 (Owner department),责任人 (Owner person),完成期限 (Due date),建议状态 (Suggestion status)
            complaint,PLAN,52,0.904,0.95,否,5,1,是,1,处理方案模板增加责任部门确认栏,customer-service,,2026-04-30,待落实
            """;

    private final AuditSampling sampling;
    private final ViolationRegister register;
    private final QuarterlyReview review;
    private final SupervisionConfig config;
    private final ActorProvider actors;

    private final NotificationAccess access;

    private final ProcessSuggestions suggestions;

    AuditResource(AuditSampling sampling, ViolationRegister register, QuarterlyReview review, SupervisionConfig config,
                  ActorProvider actors, NotificationAccess access, ProcessSuggestions suggestions) {
        this.suggestions = suggestions;
        this.access = access;
        this.sampling = sampling;
        this.register = register;
        this.review = review;
        this.config = config;
        this.actors = actors;
    }

    @GET
    @Path("/audits/{month}")
    @Operation(operationId = "getAuditSample", summary = "The month's audit sample, drawn on the first working day of the next month; reading never draws / 月度抽查样本（10%，次月第一个工作日抽取）",
            description = "The month's 10% audit sample, drawn on the first working day of the next month and announced to the supervising department, with each sampled case's finding so far. Reading never draws.\n\n月度 10% 抽查样本（次月第一个工作日抽取）及各案例的抽查结论；查询不会触发抽样。")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "March", value = SAMPLE_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not drawn yet (month-not-over, sample-not-drawn), with the drawDay / 尚未抽取",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not drawn",
                    value = "{\"type\":\"https://handbookflow.com/problems/sample-not-drawn\",\"title\":\"Sample not drawn yet\",\"status\":409,"
                            + "\"detail\":\"The sample of 2026-09 is drawn on 2026-10-08, the first working day after the month.\",\"drawDay\":\"2026-10-08\"}")))
    public List<AuditCase> sample(@PathParam("month") @Parameter(example = "2026-03") String month) {
        access.requireSupervision("see or record audits, violations and review packs");
        return sampling.sample(month(month));
    }

    @GET
    @Path("/audits/{month}/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, PROBLEM_JSON})
    @Operation(operationId = "exportAuditSample", summary = "The month's audit sample with its findings as CSV or Excel / 导出月度抽查样本及结论",
            description = "The sampled cases `getAuditSample` returns, with each finding so far (same access: supervisors, "
                    + "leaders, administrators), as a download named `抽查样本-<month>.csv|xlsx`. Reading never draws. " + EXPORT_FORMATS
                    + "\n\n导出月度抽查样本及抽查结论（权限与查询相同），文件名为 `抽查样本-<月份>`；导出不会触发抽样。")
    @APIResponse(responseCode = "200", description = "The file / 导出文件", headers = @Header(name = "Content-Disposition",
            description = DISPOSITION_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = {
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = SAMPLE_CSV_EXAMPLE)),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unreadable month or format / 月份或格式无效",
            content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "bad format", value = BAD_FORMAT_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not a supervisor, leader or administrator / 无权限",
            content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "staff", value = FORBIDDEN_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not drawn yet (month-not-over, sample-not-drawn) / 尚未抽取",
            content = @Content(mediaType = PROBLEM_JSON))
    public Response exportAuditSample(@PathParam("month") @Parameter(example = "2026-03") String month,
                                      @QueryParam("format") @DefaultValue("csv") @Parameter(description = FORMAT_DESCRIPTION,
                                              schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}, defaultValue = "csv")) String format) {
        access.requireSupervision("see or record audits, violations and review packs");
        ExportFormat asked = ExportFormat.parse(format);
        YearMonth sampled = month(month);
        return TableDownload.of(AuditExports.auditSample(sampled, sampling.sample(sampled)), asked);
    }

    @POST
    @Path("/audits/{month}/cases/{instanceId}/finding")
    @Operation(operationId = "recordAuditFinding", summary = "Record the finding on a sampled case; a violation enters the register against the causing department / 登记抽查结论（违规计入造成问题的部门）",
            description = "Records the supervisor's finding on a sampled case; a violation enters the register against the department that caused it.\n\n登记抽查结论；违规计入责任部门的违规登记。")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "violation caused by product", value = """
                    {"verdict":"VIOLATION","category":"DOCUMENT_MISMATCH","note":"处理方案与实际执行不一致","department":"product"}""")))
    @APIResponse(responseCode = "200", description = "The audited case / 已抽查案例")
    @APIResponse(responseCode = "404", description = "Not in the sample / 不在样本中")
    @APIResponse(responseCode = "409", description = "Already audited / 已有结论")
    @APIResponse(responseCode = "422", description = "Unknown department (unknown-department, with knownDepartments) / 未知的部门")
    public AuditCase finding(@PathParam("month") String month, @PathParam("instanceId") UUID instanceId,
                             @Valid @NotNull FindingRequest request) {
        access.requireSupervision("see or record audits, violations and review packs");
        return sampling.recordFinding(month(month), instanceId, request.verdict(), request.category(), request.note(),
                request.department(), actors.current());
    }

    @GET
    @Path("/violations")
    @Operation(operationId = "listViolations", summary = "The violation register of a quarter, per department / 违规登记（按部门、季度）",
            description = "The violation register of a quarter, per department, against the limit of 2 per quarter; filter by department and status.\n\n季度违规登记（按部门，限额每季度 2 次）。")
    public ViolationReport violations(
            @QueryParam("quarter") @Parameter(example = "2026-Q1") String quarter,
            @QueryParam("department") @Parameter(example = "product") String department,
            @QueryParam("status") @Parameter(description = "OPEN or RESOLVED") ViolationStatus status) {
        access.requireSupervision("see or record audits, violations and review packs");
        return violationReport(quarter, department, status);
    }

    @GET
    @Path("/violations/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, PROBLEM_JSON})
    @Operation(operationId = "exportViolations", summary = "The violation register of a quarter as CSV or Excel / 导出违规记录（CSV 或 Excel）",
            description = "The entries `listViolations` returns (same filters, same access: supervisors, leaders, administrators), "
                    + "one line each, as a download named `违规记录-<quarter>.csv|xlsx`. " + EXPORT_FORMATS
                    + "\n\n导出季度违规记录（筛选条件和权限与查询相同），文件名为 `违规记录-<季度>`。")
    @APIResponse(responseCode = "200", description = "The file / 导出文件", headers = @Header(name = "Content-Disposition",
            description = DISPOSITION_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = {
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = VIOLATIONS_CSV_EXAMPLE)),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unreadable quarter or format / 季度或格式无效",
            content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "bad format", value = BAD_FORMAT_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not a supervisor, leader or administrator / 无权限",
            content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "staff", value = FORBIDDEN_EXAMPLE)))
    public Response exportViolations(
            @QueryParam("quarter") @Parameter(example = "2026-Q1") String quarter,
            @QueryParam("department") @Parameter(example = "product") String department,
            @QueryParam("status") @Parameter(description = "OPEN or RESOLVED") ViolationStatus status,
            @QueryParam("format") @DefaultValue("csv") @Parameter(description = FORMAT_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}, defaultValue = "csv")) String format) {
        access.requireSupervision("see or record audits, violations and review packs");
        ExportFormat asked = ExportFormat.parse(format);
        return TableDownload.of(AuditExports.violations(violationReport(quarter, department, status)), asked);
    }

    private ViolationReport violationReport(String quarter, String department, ViolationStatus status) {
        String q = quarter(quarter).label();
        List<ViolationReport.DepartmentCount> counts = register.countByDepartment(q).entrySet().stream()
                .filter(e -> department == null || department.equals(e.getKey()))
                .map(e -> new ViolationReport.DepartmentCount(e.getKey(),
                        Metric.atMost((double) e.getValue(), config.targets().violationsPerQuarter())))
                .toList();
        return new ViolationReport(q, counts, register.of(q, department, status).stream().map(ViolationView::of).toList());
    }

    @POST
    @Path("/violations/{id}/resolve")
    @Operation(operationId = "resolveViolation", summary = "Mark a violation corrected / 标记违规已整改",
            description = "Marks a violation corrected; it stays in the register and still counts for its quarter.\n\n标记违规已整改（仍计入当季）。")
    @APIResponse(responseCode = "200", description = "The violation, resolved / 已整改的违规",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ViolationView.class)))
    @APIResponse(responseCode = "409", description = "Already resolved / 已整改")
    public ViolationView resolve(@PathParam("id") UUID id) {
        access.requireSupervision("see or record audits, violations and review packs");
        return ViolationView.of(register.resolve(id));
    }

    @GET
    @Path("/reviews/{quarter}")
    @Operation(operationId = "getQuarterlyReviewPack", summary = "Quarterly review pack: targets per scenario and department, worst nodes, open violations, 《流程优化建议表》 / 季度复盘材料",
            description = "What the quarterly review meets on: the targets per scenario and department, the worst nodes, open violations and the 《流程优化建议表》.\n\n季度复盘材料：各场景与部门的指标、最差节点、未整改违规和流程优化建议表。")
    public ReviewPack reviewPack(@PathParam("quarter") @Parameter(example = "2026-Q1") String quarter) {
        access.requireSupervision("see or record audits, violations and review packs");
        return review.of(quarter(quarter));
    }

    @GET
    @Path("/reviews/{quarter}/optimisation-form")
    @Operation(operationId = "getOptimisationForm", summary = "《流程优化建议表》: per scenario and node the on-time rate, recurring timeouts, violations and the suggestions / 流程优化建议表",
            description = "The 《流程优化建议表》 of a quarter: per scenario and node the on-time rate, recurring timeouts, violations and the suggestions recorded.\n\n季度流程优化建议表。")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Q1", value = FORM_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Unreadable quarter / 季度无效")
    public OptimisationForm optimisationForm(@PathParam("quarter") @Parameter(example = "2026-Q1") String quarter) {
        access.requireSupervision("see or record audits, violations and review packs");
        return review.optimisationForm(quarter(quarter));
    }

    @GET
    @Path("/reviews/{quarter}/optimisation-form/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, PROBLEM_JSON})
    @Operation(operationId = "exportOptimisationForm", summary = "The quarterly review's 《流程优化建议表》 as CSV or Excel / 导出流程优化建议表",
            description = "The rows `getOptimisationForm` returns, one line per suggestion (a node without suggestions keeps "
                    + "one line with the suggestion cells empty), same access as the JSON (supervisors, leaders, administrators), "
                    + "as a download named `流程优化建议表-<quarter>.csv|xlsx`. " + EXPORT_FORMATS
                    + "\n\n导出季度流程优化建议表（每条建议一行，无建议的节点保留一行），权限与查询相同，文件名为 `流程优化建议表-<季度>`。")
    @APIResponse(responseCode = "200", description = "The file / 导出文件", headers = @Header(name = "Content-Disposition",
            description = DISPOSITION_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = {
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = FORM_CSV_EXAMPLE)),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unreadable quarter or format / 季度或格式无效",
            content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "bad format", value = BAD_FORMAT_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not a supervisor, leader or administrator / 无权限",
            content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "staff", value = FORBIDDEN_EXAMPLE)))
    public Response exportOptimisationForm(@PathParam("quarter") @Parameter(example = "2026-Q1") String quarter,
                                           @QueryParam("format") @DefaultValue("csv") @Parameter(description = FORMAT_DESCRIPTION,
                                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"}, defaultValue = "csv")) String format) {
        access.requireSupervision("see or record audits, violations and review packs");
        ExportFormat asked = ExportFormat.parse(format);
        return TableDownload.of(AuditExports.optimisationForm(review.optimisationForm(quarter(quarter))), asked);
    }

    @POST
    @Path("/reviews/{quarter}/suggestions")
    @Operation(operationId = "recordProcessSuggestion", summary = "Record a suggestion of the quarterly review with owner and due date; tracked and reminded as an obligation / 登记流程优化建议",
            description = "Records a suggestion of the quarterly review with its owner department and due date; it is tracked and reminded like any obligation.\n\n登记季度复盘的优化建议（责任部门、期限），按时限跟踪提醒。")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "plan template", value = """
                    {"processType":"complaint","nodeKey":"PLAN","suggestion":"处理方案模板增加责任部门确认栏","ownerDepartment":"customer-service","dueDate":"2026-04-30"}""")))
    @APIResponse(responseCode = "201", description = "Recorded; an obligation of the owner department / 已登记",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "recorded", value = SUGGESTION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Missing field, unknown scenario, due date in the past / 输入无效")
    @APIResponse(responseCode = "422", description = "Unknown owner department (unknown-department) / 未知部门")
    public jakarta.ws.rs.core.Response recordSuggestion(@PathParam("quarter") @Parameter(example = "2026-Q1") String quarter,
                                                       @Valid @NotNull SuggestionRequest request) {
        access.requireSupervision("see or record audits, violations and review packs");
        ProcessSuggestion recorded = suggestions.record(quarter(quarter), request.processType(), request.nodeKey(),
                request.suggestion(), request.ownerDepartment(), request.ownerPerson(), request.dueDate(), actors.current());
        return jakarta.ws.rs.core.Response.status(201).entity(recorded).build();
    }

    @POST
    @Path("/suggestions/{id}/done")
    @Operation(operationId = "completeProcessSuggestion", summary = "The owner carried the suggestion out: its obligation is fulfilled / 建议已落实",
            description = "The owner carried the suggestion out: its obligation is fulfilled and reminders stop.\n\n建议已落实，停止提醒。")
    @APIResponse(responseCode = "200", description = "Done / 已落实")
    @APIResponse(responseCode = "404", description = "No such suggestion / 建议不存在")
    @APIResponse(responseCode = "409", description = "Already done (suggestion-done) / 已落实")
    public ProcessSuggestion suggestionDone(@PathParam("id") UUID id) {
        access.requireSupervision("see or record audits, violations and review packs");
        return suggestions.done(id, actors.current());
    }

    private static YearMonth month(String month) {
        return DateBounds.month("month", month);
    }

    private static Period quarter(String quarter) {
        if (quarter == null || !quarter.matches("\\d{4}-Q[1-4]")) {
            Texts texts = Texts.of(AuditResource.class);
            throw new InvalidInputException("quarter", texts.en("field.quarter.malformed"), texts.zh("field.quarter.malformed"));
        }
        return Period.parse(quarter, null, null);
    }
}
