package com.handbookflow.core.attachment;

import java.util.Objects;

/**
 * The business object an attachment belongs to: its type (e.g. {@code launch}) and its id or business
 * number (e.g. {@code XM20260930-0001}). A scenario service names its own objects.
 */
public record AttachmentOwner(String type, String id) {

    public AttachmentOwner {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
