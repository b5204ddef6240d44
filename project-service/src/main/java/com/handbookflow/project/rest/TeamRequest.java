package com.handbookflow.project.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.handbookflow.project.domain.Team;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 《项目组架构表》: one leader (the initiating department's head) and one contact per participating department. */
@Schema(name = "TeamRequest", description = "项目组架构表")
public record TeamRequest(@NotNull @Valid Leader leader, @NotNull @Size(max = 20) List<@NotNull @Valid Contact> contacts) {

    public Team.Member leaderMember() {
        return new Team.Member(leader.userId(), leader.name());
    }

    public List<Team.Contact> teamContacts() {
        return contacts.stream().map(c -> new Team.Contact(c.department(), c.userId(), c.name())).toList();
    }

    @Schema(name = "ProjectLeader", description = "项目负责人：发起部门负责人")
    public record Leader(@NotBlank @Size(max = 128) @Schema(example = "u1001") String userId,
                         @Size(max = 128) @Schema(example = "李娜") String name,
                         @NotBlank @Size(max = 64) @Schema(description = "Must be the initiating department", example = "marketing") String department) {
    }

    @Schema(name = "ProjectContact", description = "部门接口人")
    public record Contact(@NotBlank @Size(max = 64) @Schema(example = "design") String department,
                          @NotBlank @Size(max = 128) @Schema(example = "u2001") String userId,
                          @Size(max = 128) @Schema(example = "王磊") String name) {
    }
}
