package com.handbookflow.core.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Boolean ({@code Boolean}) parameters read strictly, for every service: {@code overdue=maybe} is a 400 naming
 * {@code overdue}, where JAX-RS would read it as false.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class) {
            // (a primitive boolean parameter gets JAX-RS's own reading: its absence arrives as "0")
            return null;
        }
        String name = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                if ("true".equalsIgnoreCase(value.strip())) {
                    return Boolean.TRUE;
                }
                if ("false".equalsIgnoreCase(value.strip())) {
                    return Boolean.FALSE;
                }
                throw refused(InvalidInputException.of(StrictParameters.class, name, "invalid-input.not-a-boolean",
                        value));
            }

            @Override
            public String toString(Boolean value) {
                return String.valueOf(value);
            }
        };
    }

    /** A parameter converter may only throw a WebApplicationException; the mapper renders the problem inside. */
    static WebApplicationException refused(InvalidInputException problem) {
        return new WebApplicationException(problem, 400);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "parameter";
    }
}
