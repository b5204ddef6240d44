package com.handbookflow.core.attachment.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.attachment.Attachment;
import com.handbookflow.core.attachment.AttachmentAccess;
import com.handbookflow.core.attachment.AttachmentContent;
import com.handbookflow.core.attachment.AttachmentOwner;
import com.handbookflow.core.attachment.AttachmentRefusals;
import com.handbookflow.core.attachment.Attachments;
import com.handbookflow.core.attachment.IncomingFile;
import com.handbookflow.core.attachment.Sha256;
import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.idempotency.IdempotencyFilters;
import com.handbookflow.core.idempotency.IdempotencyKeys;
import com.handbookflow.core.paging.rest.PageParams;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.core.problem.NotFoundException;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The attachments of one business object, mounted by the scenario under the object
 * ({@link AttachmentsApi#mount}): list, upload (multipart/form-data), describe, download. The
 * scenario's {@link AttachmentAccess} is asked before anything is read or stored.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments / 附件", description = "Files attached to a business object (market research, test reports, "
        + "call recordings ...). Uploads are multipart/form-data, one file each, up to handbook.attachments.max-size "
        + "(20 MB by default) and of an allowed type (handbook.attachments.allowed-types), checked by the declared type "
        + "and the file's first bytes.")
public class AttachmentsResource {

    private final Attachments attachments;
    private final IdempotencyKeys idempotencyKeys;
    private final CurrentUser user;
    private final ActorProvider actors;
    private final ObjectMapper json;
    private final AttachmentOwner owner;
    private final AttachmentAccess access;

    AttachmentsResource(Attachments attachments, IdempotencyKeys idempotencyKeys, CurrentUser user,
                        ActorProvider actors, ObjectMapper json, AttachmentOwner owner, AttachmentAccess access) {
        this.attachments = attachments;
        this.idempotencyKeys = idempotencyKeys;
        this.user = user;
        this.actors = actors;
        this.json = json;
        this.owner = owner;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listAttachments", summary = "List the attachments / 附件列表",
            description = "The object's attachments, oldest first, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PageView.class),
                    examples = @ExampleObject(name = "page", value = AttachmentApiExamples.PAGE)))
    @APIResponse(responseCode = "403", description = "The caller may not see this object's files",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = AttachmentApiExamples.FORBIDDEN)))
    public PageView<AttachmentView> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        access.requireMayRead();
        String collection = path(uri);
        return attachments.list(owner, paging.validated()).map(a -> AttachmentView.of(a, collection));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadAttachment", summary = "Upload an attachment / 上传附件",
            description = "One file per request, as the part named 'file' (its filename is kept, sanitised; its "
                    + "Content-Type is the declared type, or the extension's type when it is application/octet-stream). "
                    + "An Idempotency-Key makes a retry safe: the same key with the same file (by SHA-256), slot and "
                    + "name returns the first attachment and stores nothing new; with another file, 422.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = AttachmentUploadForm.class),
            examples = @ExampleObject(name = "market research", value = AttachmentApiExamples.UPLOAD)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the attachment",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING), description = "The new attachment / 新附件地址"),
            content = @Content(schema = @Schema(implementation = AttachmentView.class),
                    examples = @ExampleObject(name = "stored", value = AttachmentApiExamples.VIEW)))
    @APIResponse(responseCode = "403", description = "The caller may not add files to this object",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = AttachmentApiExamples.FORBIDDEN)))
    @APIResponse(responseCode = "413", description = "The file is over handbook.attachments.max-size; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = AttachmentApiExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "The type is not allowed, or the content is not what it claims",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "renamed program", value = AttachmentApiExamples.TYPE_NOT_ALLOWED)))
    @APIResponse(responseCode = "422", description = "The file is empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "empty", value = AttachmentApiExamples.EMPTY)))
    public Response upload(@RestForm("file") FileUpload file, @RestForm("slot") String slot,
                           @HeaderParam(IdempotencyFilters.HEADER) @Parameter(description = "Makes a retry safe "
                                   + "/ 幂等键", example = "3c1f9a2e-upload-1") String idempotencyKey,
                           @Context UriInfo uri) {
        access.requireMayUpload(slot);
        if (file == null || file.uploadedFile() == null) {
            throw AttachmentRefusals.missingFile();
        }
        IncomingFile incoming = new IncomingFile(file.uploadedFile(), file.fileName(), file.contentType(), file.size());
        String collection = path(uri);
        if (idempotencyKey == null) {
            return stored(store(incoming, slot, collection), collection);
        }
        // the idempotency filter does not read multipart bodies: the key is claimed here, by the file's hash
        String principal = IdempotencyFilters.principal(user);
        String fingerprint = IdempotencyKeys.fingerprint("POST " + collection + "\n" + slot + "\n" + file.fileName()
                + "\n" + file.contentType() + "\n", Sha256.of(incoming.path()).getBytes(StandardCharsets.US_ASCII));
        // claim, store and complete the key in one transaction: after a crash a retry replays or stores once
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<Response> replay = idempotencyKeys.claim(principal, idempotencyKey, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
            AttachmentView view = store(incoming, slot, collection);
            Response created = stored(view, collection);
            // the key's row was claimed (locked) by this transaction: completing it cannot lose to another request
            idempotencyKeys.complete(principal, idempotencyKey, fingerprint, 201, MediaType.APPLICATION_JSON,
                    serialize(view), created.getHeaderString(HttpHeaders.LOCATION));
            return created;
        });
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAttachment", summary = "Describe an attachment / 附件信息",
            description = "The attachment's name, media type, size, SHA-256, who uploaded it and when, and where to download"
                    + " it.\n\n附件的名称、类型、大小、SHA-256、上传人、上传时间和下载地址。")
    @APIResponse(responseCode = "200", description = "The attachment",
            content = @Content(schema = @Schema(implementation = AttachmentView.class),
                    examples = @ExampleObject(name = "attachment", value = AttachmentApiExamples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such attachment on this object",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = AttachmentApiExamples.NOT_FOUND)))
    public AttachmentView get(@PathParam("id") UUID id, @Context UriInfo uri) {
        access.requireMayRead();
        Attachment attachment = attachments.find(owner, id).orElseThrow(() -> new NotFoundException("Attachment", id));
        return AttachmentView.of(attachment, parent(path(uri), 1));
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadAttachment", summary = "Download an attachment / 下载附件",
            description = "The content, byte for byte as uploaded, streamed. Content-Disposition carries the original "
                    + "name (filename* in RFC 5987 UTF-8 encoding); ETag and Digest carry the SHA-256. If-None-Match "
                    + "with the ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = {
                    @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING), description = "attachment; filename=\"____.pdf\"; "
                            + "filename*=UTF-8''%E5%B8%82%E5%9C%BA%E8%B0%83%E7%A0%94.pdf"),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING), description = "\"<sha256 hex>\""),
                    @Header(name = "Digest", schema = @Schema(type = SchemaType.STRING), description = "sha-256=<base64 of the SHA-256> (RFC 3230)")},
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag the client holds")
    @APIResponse(responseCode = "404", description = "No such attachment on this object",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = AttachmentApiExamples.NOT_FOUND)))
    public Response download(@PathParam("id") UUID id,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        access.requireMayRead();
        AttachmentContent content = attachments.open(owner, id).orElseThrow(() -> new NotFoundException("Attachment", id));
        Attachment attachment = content.attachment();
        String etag = "\"" + attachment.sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        StreamingOutput body = content::writeTo;
        return Response.ok(body, attachment.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(attachment.fileName()))
                .header(HttpHeaders.CONTENT_LENGTH, attachment.size())
                .header(HttpHeaders.ETAG, etag)
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(attachment.sha256())))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private AttachmentView store(IncomingFile incoming, String slot, String collection) {
        return AttachmentView.of(attachments.store(owner, slot, incoming, actors.current()), collection);
    }

    private static Response stored(AttachmentView view, String collection) {
        return Response.created(java.net.URI.create(collection + "/" + view.id())).entity(view).build();
    }

    private String serialize(AttachmentView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot remember the response", e);
        }
    }

    private static String path(UriInfo uri) {
        String path = uri.getPath();
        path = path.startsWith("/") ? path : "/" + path;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String parent(String path, int levels) {
        String result = path;
        for (int i = 0; i < levels; i++) {
            result = result.substring(0, result.lastIndexOf('/'));
        }
        return result;
    }
}
