package com.handbookflow.core.engine.guard;

import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.engine.ProcessInstance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a guard sees: the instance, the active node, the outcome asked for, the outputs given and
 * the content the scenario passes with the completion (its document's fields, e.g. the launch plan's
 * {@code emergencyPlan}), plus any business object the scenario hands over as {@code subject}.
 */
public record GuardContext(ProcessInstance instance, NodeInstance node, String outcome, List<NodeOutput> outputs,
                           Map<String, Object> content, Object subject) {

    public GuardContext {
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        content = content == null ? Map.of() : Map.copyOf(content);
    }

    /** A content field, e.g. {@code content("emergencyPlan")}. */
    public Optional<Object> content(String field) {
        return Optional.ofNullable(content.get(field));
    }

    /** The scenario's business object, when it passed one of this type. */
    public <T> Optional<T> subject(Class<T> type) {
        return type.isInstance(subject) ? Optional.of(type.cast(subject)) : Optional.empty();
    }
}
