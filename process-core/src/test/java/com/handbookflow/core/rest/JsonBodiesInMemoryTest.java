package com.handbookflow.core.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonBodiesInMemoryTest {

    @Test
    void json_and_the_plus_json_types_are_read_whole_with_or_without_parameters() {
        assertTrue(JsonBodiesInMemory.isJson("application/json"));
        assertTrue(JsonBodiesInMemory.isJson("Application/JSON; charset=UTF-8"));
        assertTrue(JsonBodiesInMemory.isJson("application/merge-patch+json"));
        assertTrue(JsonBodiesInMemory.isJson("application/problem+json;charset=utf-8"));
    }

    @Test
    void uploads_forms_and_other_types_keep_the_streamed_read() {
        assertFalse(JsonBodiesInMemory.isJson("multipart/form-data; boundary=x"));
        assertFalse(JsonBodiesInMemory.isJson("application/x-www-form-urlencoded"));
        assertFalse(JsonBodiesInMemory.isJson("text/plain"));
        assertFalse(JsonBodiesInMemory.isJson("text/json"));
        assertFalse(JsonBodiesInMemory.isJson("application/octet-stream"));
        assertFalse(JsonBodiesInMemory.isJson("application/json-seq"));
    }
}
