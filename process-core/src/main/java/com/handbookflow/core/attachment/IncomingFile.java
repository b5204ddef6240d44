package com.handbookflow.core.attachment;

import java.nio.file.Path;

/**
 * An uploaded file as the HTTP layer left it: on disk (a temporary file), with the name and type the
 * client declared. {@code declaredType} may be null or {@code application/octet-stream}.
 */
public record IncomingFile(Path path, String originalName, String declaredType, long size) {
}
