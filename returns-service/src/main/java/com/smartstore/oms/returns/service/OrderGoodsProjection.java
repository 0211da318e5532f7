package com.smartstore.oms.returns.service;

import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.returns.domain.ProductCategory;
import com.smartstore.oms.returns.domain.Purchase;
import com.smartstore.oms.returns.domain.PurchaseLine;
import com.smartstore.oms.returns.domain.ShipmentDelivery;
import com.smartstore.oms.returns.repository.ProductCategoryRepository;
import com.smartstore.oms.returns.repository.PurchaseRepository;
import com.smartstore.oms.returns.repository.ShipmentDeliveryRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps what returns needs of orders besides their shipments: the lines and prices of the latest revision
 * ({@code order-received}), each shipment's delivery ({@code delivery-updated}) and each SKU's category
 * ({@code product-catalog}). Each method runs inside the inbox's transaction; a repeat or an older fact changes nothing.
 */
@ApplicationScoped
public class OrderGoodsProjection {
    private final PurchaseRepository purchases;
    private final ShipmentDeliveryRepository deliveries;
    private final ProductCategoryRepository categories;

    public OrderGoodsProjection(
            PurchaseRepository purchases, ShipmentDeliveryRepository deliveries, ProductCategoryRepository categories) {
        this.purchases = purchases;
        this.deliveries = deliveries;
        this.categories = categories;
    }

    /** The order's lines and amounts; an older revision than the one kept is ignored. */
    public Uni<Void> record(OrderReceived order) {
        return purchases.findById(order.orderId()).chain(existing -> {
            if (existing != null && existing.revision > order.revision()) {
                return Uni.createFrom().voidItem();
            }
            Purchase purchase = existing != null ? existing : new Purchase();
            purchase.apply(order);
            Uni<?> saved = existing != null ? Uni.createFrom().item(purchase) : purchases.persist(purchase);
            return saved.chain(() -> purchases.replaceLines(
                    order.orderId(),
                    order.lines().stream()
                            .map(l -> PurchaseLine.of(order.orderId(), l))
                            .toList()));
        });
    }

    /** The first delivery of a shipment (the earliest, should an older DELIVERED arrive late). */
    public Uni<Void> record(DeliveryUpdated update) {
        if (update.deliveredAt() == null) {
            return Uni.createFrom().voidItem();
        }
        return deliveries.findById(update.shipmentId()).chain(existing -> {
            if (existing == null) {
                ShipmentDelivery delivery = new ShipmentDelivery();
                delivery.shipmentId = update.shipmentId();
                delivery.orderId = update.orderId();
                delivery.deliveredAt = update.deliveredAt();
                return deliveries.persist(delivery).replaceWithVoid();
            }
            if (update.deliveredAt().isBefore(existing.deliveredAt)) {
                existing.deliveredAt = update.deliveredAt();
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** The SKU's category as the catalogue last said. */
    public Uni<Void> record(ProductCatalogEntry entry) {
        return categories.findById(entry.sku()).chain(existing -> {
            if (existing != null && existing.updatedAt.isAfter(entry.updatedAt())) {
                return Uni.createFrom().voidItem();
            }
            ProductCategory row = existing != null ? existing : new ProductCategory();
            row.sku = entry.sku();
            row.category = entry.category();
            row.updatedAt = entry.updatedAt();
            return existing != null
                    ? Uni.createFrom().voidItem()
                    : categories.persist(row).replaceWithVoid();
        });
    }
}
