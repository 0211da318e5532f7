package com.smartstore.oms.returns.service;

import com.smartstore.oms.returns.domain.OrderGoods;
import com.smartstore.oms.returns.domain.ProductCategory;
import com.smartstore.oms.returns.domain.PurchaseLine;
import com.smartstore.oms.returns.domain.ShipmentDelivery;
import com.smartstore.oms.returns.domain.ShippedItem;
import com.smartstore.oms.returns.domain.ShippedOrder;
import com.smartstore.oms.returns.repository.ProductCategoryRepository;
import com.smartstore.oms.returns.repository.PurchaseRepository;
import com.smartstore.oms.returns.repository.ShipmentDeliveryRepository;
import com.smartstore.oms.returns.repository.ShippedItemRepository;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Gathers what returns knows of an order for the policy ({@link OrderGoods}): its parcels with their deliveries, and
 * per SKU what was shipped, its category and what is already on return tickets. What was shipped is the shipments'
 * items; when a shipment came without them (published before {@code shipped.items} existed), the order's lines as
 * received are taken as shipped.
 */
@ApplicationScoped
public class OrderGoodsService {
    private final ShippedOrderRepository shipments;
    private final ShippedItemRepository items;
    private final ShipmentDeliveryRepository deliveries;
    private final PurchaseRepository purchases;
    private final ProductCategoryRepository categories;

    public OrderGoodsService(
            ShippedOrderRepository shipments,
            ShippedItemRepository items,
            ShipmentDeliveryRepository deliveries,
            PurchaseRepository purchases,
            ProductCategoryRepository categories) {
        this.shipments = shipments;
        this.items = items;
        this.deliveries = deliveries;
        this.purchases = purchases;
        this.categories = categories;
    }

    /** Inside a session: one query after the other (a reactive session runs one at a time). */
    public Uni<OrderGoods> load(UUID orderId) {
        return shipments
                .forOrder(orderId)
                .chain(parcels -> items.list("orderId", orderId)
                        .chain(shippedItems -> deliveries
                                .list("orderId", orderId)
                                .chain(delivered -> purchases
                                        .lines(orderId)
                                        .chain(lines -> returned(orderId).chain(returned -> {
                                            Map<String, Integer> shipped = shipped(parcels, shippedItems, lines);
                                            return categoriesOf(shipped.keySet())
                                                    .map(cats -> goods(
                                                            orderId, parcels, delivered, shipped, returned, cats));
                                        })))));
    }

    private static Map<String, Integer> shipped(
            List<ShippedOrder> parcels, List<ShippedItem> shippedItems, List<PurchaseLine> lines) {
        Set<UUID> withItems = shippedItems.stream().map(i -> i.shipmentId).collect(Collectors.toSet());
        boolean allItemized = parcels.stream().allMatch(p -> withItems.contains(p.shipmentId));
        Map<String, Integer> shipped = new HashMap<>();
        if (allItemized) {
            shippedItems.forEach(i -> shipped.merge(i.sku, i.quantity, Integer::sum));
        } else if (!parcels.isEmpty()) {
            lines.forEach(l -> shipped.merge(l.sku, l.quantity, Integer::sum));
        }
        return shipped;
    }

    private static OrderGoods goods(
            UUID orderId,
            List<ShippedOrder> parcels,
            List<ShipmentDelivery> delivered,
            Map<String, Integer> shipped,
            Map<String, Integer> returned,
            Map<String, String> cats) {
        Map<UUID, ShipmentDelivery> byShipment =
                delivered.stream().collect(Collectors.toMap(d -> d.shipmentId, d -> d));
        List<OrderGoods.Parcel> out = parcels.stream()
                .map(p -> new OrderGoods.Parcel(
                        p.shippedAt,
                        byShipment.containsKey(p.shipmentId) ? byShipment.get(p.shipmentId).deliveredAt : null))
                .toList();
        Map<String, OrderGoods.Goods> skus = new HashMap<>();
        shipped.forEach((sku, quantity) ->
                skus.put(sku, new OrderGoods.Goods(sku, cats.get(sku), quantity, returned.getOrDefault(sku, 0))));
        return new OrderGoods(orderId, out, skus);
    }

    /** Per SKU, how many are on the order's return tickets. */
    private static Uni<Map<String, Integer>> returned(UUID orderId) {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "select l.sku, sum(l.quantity) from ReturnLine l where l.ticket.orderId = :order"
                                        + " group by l.sku",
                                Object[].class)
                        .setParameter("order", orderId)
                        .getResultList())
                .map(rows ->
                        rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue())));
    }

    private Uni<Map<String, String>> categoriesOf(Set<String> skus) {
        if (skus.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return categories.list("sku in ?1", List.copyOf(skus)).map(rows -> {
            Map<String, String> out = new HashMap<>();
            for (ProductCategory row : rows) {
                out.put(row.sku, row.category);
            }
            return out;
        });
    }
}
