package com.handbookflow.core.attachment.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.attachment.AttachmentAccess;
import com.handbookflow.core.attachment.AttachmentOwner;
import com.handbookflow.core.attachment.Attachments;
import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.idempotency.IdempotencyKeys;
import com.handbookflow.core.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Mounts the attachments endpoints under a scenario's object, from a sub-resource locator of the
 * scenario's resource:
 * <pre>{@code
 * @Path("{number}/attachments")
 * public AttachmentsResource attachments(@PathParam("number") String number) {
 *     Launch launch = service.find(number).orElseThrow(() -> new NotFoundException("Launch", number));
 *     return attachmentsApi.mount(new AttachmentOwner("launch", number), new LaunchAttachmentAccess(launch, user));
 * }
 * }</pre>
 * The scenario resolves the object (404 if unknown) and decides who may read and upload.
 */
@ApplicationScoped
public class AttachmentsApi {

    private final Attachments attachments;
    private final IdempotencyKeys idempotencyKeys;
    private final CurrentUser user;
    private final ActorProvider actors;
    private final ObjectMapper json;

    AttachmentsApi(Attachments attachments, IdempotencyKeys idempotencyKeys, CurrentUser user, ActorProvider actors,
                   ObjectMapper json) {
        this.attachments = attachments;
        this.idempotencyKeys = idempotencyKeys;
        this.user = user;
        this.actors = actors;
        this.json = json;
    }

    public AttachmentsResource mount(AttachmentOwner owner, AttachmentAccess access) {
        return new AttachmentsResource(attachments, idempotencyKeys, user, actors, json, owner, access);
    }
}
