package com.smartstore.oms.returns.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A SKU and its quantity in one shipment, from {@code shipped.items}. */
@Entity
@Table(name = "shipped_item")
public class ShippedItem {
    @Id
    public UUID id;

    @Column(name = "shipment_id")
    public UUID shipmentId;

    @Column(name = "order_id")
    public UUID orderId;

    public String sku;
    public int quantity;

    public static ShippedItem of(UUID shipmentId, UUID orderId, String sku, int quantity) {
        ShippedItem item = new ShippedItem();
        item.id = UUID.randomUUID();
        item.shipmentId = shipmentId;
        item.orderId = orderId;
        item.sku = sku;
        item.quantity = quantity;
        return item;
    }
}
