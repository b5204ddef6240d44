package com.handbookflow.complaint.document.rest;

import com.handbookflow.core.label.Texts;
import com.handbookflow.complaint.document.ComplaintDocumentKind;
import com.handbookflow.complaint.rest.ComplaintMapper;
import com.handbookflow.complaint.rest.ComplaintView;
import com.handbookflow.complaint.service.ComplaintService;
import com.handbookflow.core.document.BusinessDocument;
import com.handbookflow.core.document.HtmlDocumentRenderer;
import com.handbookflow.core.problem.InvalidInputException;
import com.handbookflow.core.problem.NotFoundException;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The complaint's documents (登记表, 处理方案, 确认函, 归档表, 改进措施报告) as JSON or a printable page. */
@Path("/api/v1/complaints/{number}/documents")
@Tag(name = "Complaints / 客户投诉")
public class ComplaintDocumentResource {

    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();

    private final ComplaintService service;
    private final ComplaintDocuments documents;
    private final ComplaintMapper mapper;

    ComplaintDocumentResource(ComplaintService service, ComplaintDocuments documents, ComplaintMapper mapper) {
        this.mapper = mapper;
        this.service = service;
        this.documents = documents;
    }

    @GET
    @Path("{kind}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "getComplaintDocument", summary = "A document of the complaint / 投诉文档",
            description = "The document a node produced, as content: registration-form 《客户投诉登记表》 (after "
            + "registration), handling-plan 《投诉处理方案》 (every plan, with the grade and cooperating parts), "
            + "customer-confirmation 《客户处理确认函》 (every follow-up), archive-form 《投诉处理归档表》 (after the "
            + "archive, with every node), improvement-report 《改进措施报告》 (after the cause analysis). The "
            + "timeline's output reference complaint:{number}/{kind} names it. Accept: application/json gives "
            + "titled sections of labelled fields and tables; text/html a printable page with Chinese headings. "
            + "Personal data appear only for those who may see them. 404 before the document is produced.")
    @APIResponse(responseCode = "200", description = "The document / 文档", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BusinessDocument.class),
                    examples = @ExampleObject(name = "registration form", value = DocumentExamples.REGISTRATION_FORM)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "printable", value = DocumentExamples.REGISTRATION_FORM_HTML))})
    @APIResponse(responseCode = "400", description = ProblemExamples.INVALID_INPUT_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown kind", value = DocumentExamples.UNKNOWN_KIND)))
    @APIResponse(responseCode = "404", description = "No such complaint, or the document is not produced yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not produced yet", value = DocumentExamples.NOT_PRODUCED)))
    @Transactional // the view reads the complaint's collections: mapped before the commit detaches it
    public Response document(@PathParam("number") @Parameter(example = "TS20260930-0001") String number,
                             @PathParam("kind") @Parameter(description = "registration-form, handling-plan, "
                                     + "customer-confirmation, archive-form, improvement-report",
                                     example = "registration-form") String kind,
                             @Context Request request) {
        ComplaintDocumentKind documentKind = ComplaintDocumentKind.byKey(kind).orElseThrow(() -> {
            String known = Arrays.stream(ComplaintDocumentKind.values()).map(ComplaintDocumentKind::key)
                    .collect(Collectors.joining(", "));
            Texts texts = Texts.of(ComplaintDocumentResource.class);
            return new InvalidInputException("kind", texts.en("field.kind.unknown-document", kind, known),
                    texts.zh("field.kind.unknown-document", kind, known));
        });
        ComplaintView complaint = service.find(number).map(mapper::view).orElseThrow(() -> new NotFoundException("Complaint", number));
        BusinessDocument document = documents.of(complaint, documentKind)
                .orElseThrow(() -> new NotFoundException("Document", number + "/" + documentKind.key()));
        Variant variant = request.selectVariant(VARIANTS);
        if (variant != null && MediaType.TEXT_HTML_TYPE.isCompatible(variant.getMediaType())) {
            return Response.ok(HtmlDocumentRenderer.render(document), variant.getMediaType()).build();
        }
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
