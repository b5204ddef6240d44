package com.handbookflow.launch.archive.rest;

import com.handbookflow.core.problem.NotFoundException;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.launch.archive.LaunchArchive;
import com.handbookflow.launch.service.LaunchService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/launches/{number}/archive")
@Tag(name = "Launches / 新业务上线")
public class ArchiveResource {

    private static final String ZIP = "application/zip";

    private final LaunchService service;
    private final LaunchArchive archive;

    ArchiveResource(LaunchService service, LaunchArchive archive) {
        this.service = service;
        this.archive = archive;
    }

    @GET
    @Produces({ZIP, Problem.MEDIA_TYPE})
    @Operation(operationId = "downloadLaunchArchive", summary = "The whole case as one ZIP / 项目全套资料归档下载",
            description = "<number>/index.html: a readable summary in Chinese (UTF-8 HTML) of table 1, the "
                    + "feasibility analysis, every review round of table 2, development, the launch plan and duties, "
                    + "the release, the evaluation and every node with who and why; the attached files follow under "
                    + "<number>/attachments/. Available at any stage; complete once the launch is archived.")
    @APIResponse(responseCode = "200", description = "The ZIP, named <number>.zip",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such launch, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = """
                            {"type": "https://handbookflow.com/problems/not-found", "title": "Not found",
                             "titleZh": "未找到", "status": 404, "detail": "Launch SX2026-0099 does not exist."}""")))
    public Response download(@PathParam("number") @Parameter(example = "SX2026-0001") String number) {
        byte[] zip = service.read(number, archive::zip).orElseThrow(() -> new NotFoundException("Launch", number));
        return Response.ok(zip, ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + LaunchArchive.fileName(number) + "\"")
                .build();
    }
}
