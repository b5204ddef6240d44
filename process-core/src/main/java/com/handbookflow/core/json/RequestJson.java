package com.handbookflow.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.time.DateBounds;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

/**
 * How every service reads request bodies, in one place: an enum is its name, never a number
 * ({@code "actions": [1]} is refused, not read as the second constant); text never holds the NUL
 * character, which PostgreSQL cannot store; a date lies within {@link DateBounds}. Each refusal is a
 * {@link RefusedValueException}, a 400 problem naming the field.
 */
@Singleton
public class RequestJson implements ObjectMapperCustomizer {

    private static final Texts TEXTS = Texts.of(RequestJson.class);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        SimpleModule module = new SimpleModule("handbook-request-json");
        module.addDeserializer(String.class, new TextWithoutNul());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return Temporal.class.isAssignableFrom(type) || TemporalAccessor.class.isAssignableFrom(type)
                        ? new BoundedDate(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new RefusedValueException(parser, TEXTS.en("malformed-request.nul"),
                        TEXTS.zh("malformed-request.nul"), String.class);
            }
            return text;
        }
    }

    static final class BoundedDate extends DelegatingDeserializer {
        BoundedDate(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value != null && !DateBounds.within(value)) {
                Object[] arguments = DateBounds.outsideArguments(value);
                throw new RefusedValueException(parser, TEXTS.en(DateBounds.OUTSIDE, arguments),
                        TEXTS.zh(DateBounds.OUTSIDE, arguments), value.getClass());
            }
            return value;
        }
    }
}
