package com.handbookflow.core.engine.definition;

/** A state in which the process ends, e.g. CLOSED (已结案) or REJECTED (已否决). */
public record EndStateDefinition(String key, String nameZh, String nameEn) {
}
