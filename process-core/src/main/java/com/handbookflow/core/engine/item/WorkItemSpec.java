package com.handbookflow.core.engine.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A work item a scenario adds to an active node at run time (e.g. one more department's launch-day
 * duty). A null limit means "due with its node"; a null department means the node's.
 */
@Schema(name = "WorkItemSpec", description = "A work item added to an active node / 运行时添加的工作项")
public record WorkItemSpec(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") @Schema(example = "customer-service-scripts") String key,
        @NotBlank @Size(max = 200) @Schema(example = "客服话术培训") String nameZh,
        @NotBlank @Size(max = 200) @Schema(example = "Service script training") String nameEn,
        @Size(max = 64) @Schema(example = "customer-service") String responsibleDepartment,
        @Size(max = 128) @Schema(example = "u3001") String responsiblePerson,
        @Size(max = 32) @Schema(example = "P2WD") String limit) {
}
