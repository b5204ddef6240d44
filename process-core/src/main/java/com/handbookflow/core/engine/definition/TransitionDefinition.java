package com.handbookflow.core.engine.definition;

/**
 * Where completing a node with {@code outcome} leads: another node ({@code to} is a node key, a
 * back-edge when that node comes earlier) or an end state of the process ({@code to} names one).
 */
public record TransitionDefinition(String outcome, String to, String nameZh, String nameEn) {
}
