package com.handbookflow.core.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;

/**
 * A property marked {@code @Schema(nullable = true)} whose type has its own class-level {@code @Schema}
 * comes out of the scanner as {@code type: object, anyOf: [{$ref}, {type: null}]}: the {@code type}
 * still forbids null, so an example showing the property as null (as the service sends it) fails
 * validation (Spectral's {@code oas3-valid-media-example}) and generated clients lose the null. The
 * property's own type then admits null too, as the scanner writes it for other nullable references.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferencesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(NullableReferencesFilter::admitNullWhereAnyOfDoes);
            }
        });
    }

    private static void admitNullWhereAnyOfDoes(Schema property) {
        List<Schema.SchemaType> type = property.getType();
        boolean anyOfAdmitsNull = property.getAnyOf() != null && property.getAnyOf().stream()
                .anyMatch(alternative -> alternative.getType() != null
                        && alternative.getType().contains(Schema.SchemaType.NULL));
        if (anyOfAdmitsNull && type != null && type.size() == 1 && type.get(0) != Schema.SchemaType.NULL) {
            property.setType(List.of(type.get(0), Schema.SchemaType.NULL));
        }
    }
}
