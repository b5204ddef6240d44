package com.handbookflow.core.engine.guard;

/** Why a guard refuses a completion, as the person who tried it reads it. */
public record GuardRefusal(String reason, String reasonZh) {
}
