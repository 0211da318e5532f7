package com.smartstore.oms.kit.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.smartstore.oms.contracts.EventJson;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Stores a small value as JSON text in one column: a snapshot read and written whole and never queried by field
 * (a shipment's parcels, a case's facts), where a child table would only add joins. Text rather than jsonb because
 * the reactive PostgreSQL client binds Java strings to jsonb as JSON strings. A null value is stored as the empty
 * one, and a null column read as it. Hibernate instantiates converters itself, so each kind of value has a concrete
 * subclass with a no-argument constructor, e.g. {@code class Parcels extends JsonColumn.ListOf<Parcel>}.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {
    private final JavaType type;
    private final T empty;
    private final UnaryOperator<T> afterRead;

    protected JsonColumn(JavaType type, T empty, UnaryOperator<T> afterRead) {
        this.type = type;
        this.empty = empty;
        this.afterRead = afterRead;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        try {
            return EventJson.mapper().writeValueAsString(value == null ? empty : value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String json) {
        try {
            return json == null ? empty : afterRead.apply(EventJson.mapper().readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + json, e);
        }
    }

    /** A list of values, read as an unmodifiable list. */
    public abstract static class ListOf<E> extends JsonColumn<List<E>> {
        protected ListOf(Class<E> element) {
            super(
                    EventJson.mapper().getTypeFactory().constructCollectionType(List.class, element),
                    List.of(),
                    List::copyOf);
        }
    }

    /** A map of names to texts, in the order written. */
    @Converter
    public static class StringMap extends JsonColumn<Map<String, String>> {
        public StringMap() {
            super(
                    EventJson.mapper().getTypeFactory().constructMapType(Map.class, String.class, String.class),
                    Map.of(),
                    UnaryOperator.identity());
        }
    }
}
