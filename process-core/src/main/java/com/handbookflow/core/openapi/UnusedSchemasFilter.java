package com.handbookflow.core.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;

/**
 * Drops component schemas that no operation reaches. The scanner registers every class named in an
 * annotation or nested in one (inner records of a resource, a type only a hidden endpoint used), and a
 * front end's generator would emit a type for each: Spectral's {@code oas3-unused-component} flags them.
 * A schema stays when any path, or any schema kept, refers to it, directly or through others.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class UnusedSchemasFilter implements OASFilter {

    private static final Pattern SCHEMA_REF = Pattern.compile("\"#/components/schemas/([^\"]+)\"");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> reached = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(referencesIn(withoutSchemas(openAPI)));
        while (!toVisit.isEmpty()) {
            String name = toVisit.pop();
            if (reached.add(name) && schemas.containsKey(name)) {
                toVisit.addAll(referencesIn(serialized(OASFactory.createOpenAPI()
                        .components(OASFactory.createComponents().addSchema(name, schemas.get(name))))));
            }
        }
        for (String name : Set.copyOf(schemas.keySet())) {
            if (!reached.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    /** The document without its schemas: what operations, parameters, responses and the rest refer to. */
    private static String withoutSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getComponents().setSchemas(null);
        try {
            return serialized(openAPI);
        } finally {
            openAPI.getComponents().setSchemas(schemas);
        }
    }

    private static Set<String> referencesIn(String json) {
        Set<String> names = new HashSet<>();
        Matcher matcher = SCHEMA_REF.matcher(json);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String serialized(OpenAPI model) {
        try {
            return OpenApiSerializer.serialize(model, Format.JSON);
        } catch (Exception e) {
            throw new IllegalStateException("cannot serialise the OpenAPI model to find its references", e);
        }
    }
}
