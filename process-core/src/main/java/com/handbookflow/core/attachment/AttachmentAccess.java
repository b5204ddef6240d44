package com.handbookflow.core.attachment;

/**
 * The scenario's answer to "who may see and add the files of this object": called by the attachments
 * endpoints before they read or store anything. Refuse with a {@code ProblemException} (typically
 * {@code AccessDeniedException}, 403, saying who may).
 */
public interface AttachmentAccess {

    /** Lists and downloads. */
    void requireMayRead();

    /** Uploads, to a slot (e.g. {@code market-research}) or none. */
    void requireMayUpload(String slot);

    /** Everyone signed in may read and upload: for objects whose files are not restricted. */
    AttachmentAccess ANY_SIGNED_IN_USER = new AttachmentAccess() {
        @Override
        public void requireMayRead() {
        }

        @Override
        public void requireMayUpload(String slot) {
        }
    };
}
