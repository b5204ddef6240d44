package com.handbookflow.core.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who did something: recorded on every transition and carried by every event. */
@Schema(name = "Actor", description = "The acting user / 操作人")
public record Actor(
        @Schema(example = "u1001") String userId,
        @Schema(example = "张敏") String name,
        @Schema(example = "customer-service") String department) {

    public static final Actor SYSTEM = new Actor("system", "系统 System", null);
}
