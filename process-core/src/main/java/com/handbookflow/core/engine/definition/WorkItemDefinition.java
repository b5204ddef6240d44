package com.handbookflow.core.engine.definition;

/**
 * A work item a node needs, opened each time the node becomes active: one review row of a plan
 * review, one department's launch-day duty. A null limit means "due with its node"; a null
 * department means the node's responsible department.
 */
public record WorkItemDefinition(String key, String nameZh, String nameEn, String responsibleDepartment,
                                 String limit) {
}
