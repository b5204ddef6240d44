package com.handbookflow.core.engine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A produced document or result, referenced by key (the output definition) and where it is kept. */
@Schema(name = "NodeOutput", description = "A document a node produced / 节点输出成果")
public record NodeOutput(
        @NotBlank @Size(max = 64) @Schema(example = "handling-plan") String key,
        @Size(max = 500) @Schema(example = "dms://complaints/TS20260302-0001/handling-plan.pdf") String reference) {
}
