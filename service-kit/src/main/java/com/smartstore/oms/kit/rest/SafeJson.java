package com.smartstore.oms.kit.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

/**
 * Request bodies every service refuses before any code of its own runs (issue 16, "bad input never becomes a 5xx"):
 * text with a NUL or another control character except tab and line breaks (PostgreSQL cannot store 0x00, and no
 * order field needs them), nesting deeper than 32 levels, strings over 64 KiB, keys given twice and dates outside the
 * years 0001-9999 ({@link StorableDates}), and numbers for enum constants. Each is answered
 * 400 malformed-json naming the field, by {@link ErrorMappers}.
 */
@Singleton
public class SafeJson implements ObjectMapperCustomizer {
    static final int MAX_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 64 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        // A key given twice is ambiguous (which one counts?), and Jackson cannot apply the second one to a record.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // An enum is one of its names: without this, 1 or "0" is read as a constant's position (kind "0" = PHONE).
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build());
        mapper.registerModule(new SimpleModule("oms-safe-text")
                .addDeserializer(String.class, new CleanText())
                .setDeserializerModifier(new StorableDatesOnly()));
    }

    /** Wraps whichever deserialiser reads a date or time (java.time's, from any module) in {@link WithinYears}. */
    static final class StorableDatesOnly extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            return Temporal.class.isAssignableFrom(description.getBeanClass())
                    ? new WithinYears(deserializer)
                    : deserializer;
        }
    }

    /** A date or time outside the years {@link StorableDates} allows is a 400 naming the field. */
    static final class WithinYears extends DelegatingDeserializer {
        WithinYears(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new WithinYears(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof TemporalAccessor date && !StorableDates.storable(date)) {
                throw JsonMappingException.from(p, StorableDates.refusal(value));
            }
            return value;
        }
    }

    /** The standard string deserialiser, refusing control characters. */
    static final class CleanText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value;
            try {
                value = super.deserialize(p, ctxt);
            } catch (StreamConstraintsException tooLong) {
                // Thrown by the parser, it would name no field: as a mapping failure it gets the field's path.
                throw JsonMappingException.from(p, tooLong.getOriginalMessage(), tooLong);
            }
            if (value != null) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                        throw JsonMappingException.from(
                                p, "text must not contain control characters (found U+%04X)".formatted((int) c));
                    }
                }
            }
            return value;
        }
    }
}
