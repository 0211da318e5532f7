package com.smartstore.oms.shipping.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.smartstore.oms.contracts.EventJson;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/**
 * Stores a list of small values as JSON text. Used for the parcels and items of a shipment: a snapshot of
 * what {@code picked} reported, read and written whole and never queried by field, so a child table would
 * only add joins. Text rather than jsonb because the reactive PostgreSQL client binds Java strings to jsonb
 * as JSON strings.
 */
abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {
    private final JavaType type;

    JsonListConverter(Class<T> element) {
        this.type = EventJson.mapper().getTypeFactory().constructCollectionType(List.class, element);
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        try {
            return EventJson.mapper().writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + values + " as JSON", e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : List.copyOf(EventJson.mapper().readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + json, e);
        }
    }

    /** Parcels as JSON. */
    public static class Parcels extends JsonListConverter<Parcel> {
        public Parcels() {
            super(Parcel.class);
        }
    }

    /** Items as JSON. */
    public static class Items extends JsonListConverter<Item> {
        public Items() {
            super(Item.class);
        }
    }
}
