package com.handbookflow.core.domain;

/** A field a refusal names, and what is wrong with it (English, as the client's own field names are). */
public record FieldError(String field, String message) {
}
