package com.handbookflow.launch.domain;

/**
 * The leader in charge signs the approved plan: development's limit by complexity (none: the default) and, for
 * one longer than the default, why.
 */
public record LeaderSignOff(String developmentLimit, String limitReason, String comment) {
}
