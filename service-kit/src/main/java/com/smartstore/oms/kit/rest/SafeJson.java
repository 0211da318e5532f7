package com.smartstore.oms.kit.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request bodies every service refuses before any code of its own runs (issue 16, "bad input never becomes a 5xx"):
 * text with a NUL or another control character except tab and line breaks (PostgreSQL cannot store 0x00, and no
 * order field needs them), nesting deeper than 32 levels, and strings over 64 KiB. Each is answered 400 malformed-json
 * naming the field, by {@link ErrorMappers}.
 */
@Singleton
public class SafeJson implements ObjectMapperCustomizer {
    static final int MAX_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 64 * 1024;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build());
        mapper.registerModule(new SimpleModule("oms-safe-text").addDeserializer(String.class, new CleanText()));
    }

    /** The standard string deserialiser, refusing control characters. */
    static final class CleanText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
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
