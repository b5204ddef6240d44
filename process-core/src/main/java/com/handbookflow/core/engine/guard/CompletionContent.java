package com.handbookflow.core.engine.guard;

import java.util.Map;

/**
 * What a scenario passes with a completion for the node's guards to judge: its document's fields
 * (e.g. the launch plan's {@code emergencyPlan}) and/or its business object.
 */
public record CompletionContent(Map<String, Object> fields, Object subject) {

    public static final CompletionContent NONE = new CompletionContent(Map.of(), null);

    public CompletionContent {
        fields = fields == null ? Map.of() : fields;
    }

    public static CompletionContent of(Map<String, Object> fields) {
        return new CompletionContent(fields, null);
    }

    public static CompletionContent of(Object subject) {
        return new CompletionContent(Map.of(), subject);
    }
}
