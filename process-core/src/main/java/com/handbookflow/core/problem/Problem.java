package com.handbookflow.core.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code title} and {@code detail} are English; {@code titleZh} and
 * {@code detailZh} carry the same message in Chinese for the people who read the front end.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json) / 错误详情")
public record Problem(
        @Schema(example = "https://handbookflow.com/problems/illegal-transition") URI type,
        @Schema(example = "Illegal transition") String title,
        @Schema(example = "409") int status,
        @Schema(example = "Node CLASSIFY is COMPLETED; it cannot be completed again.") String detail,
        @Schema(example = "/api/v1/complaints/42/classification") String instance,
        @Schema(example = "非法的状态变更") String titleZh,
        @Schema(example = "节点 CLASSIFY 当前状态为 已完成，不能再次完成。") String detailZh,
        @Schema(description = "One entry per invalid field / 每个无效字段一条") List<FieldError> errors,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://handbookflow.com/problems/";

    /** Extension members ("currentState", "missingOutputs", ...) appear at the top level, as RFC 9457 asks. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "limit") String field,
            @Schema(example = "unknown limit spec 'P3X'") String message) {
    }
}
