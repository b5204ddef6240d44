package com.handbookflow.core.attachment;

import com.handbookflow.core.attachment.rest.AttachmentsApi;
import com.handbookflow.core.attachment.rest.AttachmentsResource;
import com.handbookflow.core.problem.NotFoundException;
import com.handbookflow.core.security.AccessDeniedException;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.core.security.Role;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * A minimal scenario object with attachments, mounted as a scenario mounts them: the folder must
 * exist (any number but "missing"); everyone signed in reads its files, only the product department
 * (or an administrator) adds them.
 */
@Path("/api/v1/test-folders")
public class FolderResource {

    static final String OWNER_TYPE = "folder";

    private final AttachmentsApi attachmentsApi;
    private final CurrentUser user;

    FolderResource(AttachmentsApi attachmentsApi, CurrentUser user) {
        this.attachmentsApi = attachmentsApi;
        this.user = user;
    }

    @Path("{number}/attachments")
    public AttachmentsResource attachments(@PathParam("number") String number) {
        if ("missing".equals(number)) {
            throw new NotFoundException("Folder", number);
        }
        return attachmentsApi.mount(new AttachmentOwner(OWNER_TYPE, number), new AttachmentAccess() {
            @Override
            public void requireMayRead() {
            }

            @Override
            public void requireMayUpload(String slot) {
                if (!user.isIn("product") && !user.has(Role.ADMIN)) {
                    throw AccessDeniedException.department("upload attachments", "product");
                }
            }
        });
    }
}
