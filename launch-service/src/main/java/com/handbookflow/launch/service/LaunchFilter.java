package com.handbookflow.launch.service;

import com.handbookflow.launch.domain.LaunchStatus;

import java.time.Instant;

/** What a launch list is filtered by; null means "any". */
public record LaunchFilter(LaunchStatus status, String node, String department, Boolean overdue, Instant appliedFrom,
                           Instant appliedBefore) {
}
