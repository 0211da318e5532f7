package com.smartstore.oms.shipping.domain;

import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.kit.persistence.JsonColumn;
import jakarta.persistence.Converter;

/** The parcels and items of a shipment as JSON: a snapshot of what {@code picked} reported, read and written whole. */
final class JsonListConverter {
    private JsonListConverter() {}

    /** Parcels as JSON. */
    @Converter
    public static class Parcels extends JsonColumn.ListOf<Parcel> {
        public Parcels() {
            super(Parcel.class);
        }
    }

    /** Delivery statuses as JSON (the logistics exceptions a shipment raised). */
    @Converter
    public static class Statuses extends JsonColumn.ListOf<DeliveryStatus> {
        public Statuses() {
            super(DeliveryStatus.class);
        }
    }

    /** Items as JSON. */
    @Converter
    public static class Items extends JsonColumn.ListOf<Item> {
        public Items() {
            super(Item.class);
        }
    }

    /** An order's products (SKU and name) as JSON. */
    @Converter
    public static class OrderLines extends JsonColumn.ListOf<OrderLine> {
        public OrderLines() {
            super(OrderLine.class);
        }
    }
}
