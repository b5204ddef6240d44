package com.handbookflow.core.attachment;

import java.io.IOException;
import java.io.OutputStream;

/** An attachment and its content, written to a stream a chunk at a time. */
public interface AttachmentContent {

    Attachment attachment();

    void writeTo(OutputStream out) throws IOException;
}
