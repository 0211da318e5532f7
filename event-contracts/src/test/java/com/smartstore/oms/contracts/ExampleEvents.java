package com.smartstore.oms.contracts;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.contracts.events.StockLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic example of every published event, with every optional field filled. */
final class ExampleEvents {
    static final UUID ORDER = UUID.fromString("0b9d5c2e-9a4f-4a39-9f55-0a3f4f0c1d11");
    static final UUID REVIEW = UUID.fromString("7f0e4d7a-2d35-4c84-8a52-9d5f0f8e2a01");
    static final Instant T = Instant.parse("2026-11-27T09:15:30Z");

    static final Map<EventType<?>, OmsEvent> ALL = Map.of(
            Events.ORDER_RECEIVED,
            new OrderReceived(
                    ORDER,
                    "SO-20261127-0001",
                    1,
                    SalesChannel.SHOPIFY,
                    "gid://shopify/Order/5512",
                    new OrderReceived.Customer("c-3f9a", "Ana Silva", "+351912345678", "ana@example.com"),
                    new OrderReceived.Address(
                            "Ana Silva", "Rua Augusta 10", "2 Esq", "Lisboa", "Lisboa", "1100-053", "PT"),
                    List.of(new OrderReceived.Line(1, "TSHIRT-RED-M", "T-shirt", "red, M", 2, new BigDecimal("12.50"))),
                    new OrderReceived.Remarks("Leave at the door", "Happy birthday!", LocalDate.parse("2026-11-30")),
                    new OrderReceived.Payment(PaymentMethod.ONLINE, new BigDecimal("25.00"), T.minusSeconds(60)),
                    new BigDecimal("25.00"),
                    "EUR",
                    T),
            Events.ORDER_HELD,
            new OrderHeld(
                    ORDER,
                    "SO-20261127-0001",
                    1,
                    REVIEW,
                    List.of(new OrderHeld.RuleFailure(
                            "price-matches-catalogue", "TSHIRT-RED-M costs 14.00, order says 12.50")),
                    T),
            Events.ORDER_APPROVED,
            new OrderApproved(
                    ORDER,
                    "SO-20261127-0001",
                    1,
                    REVIEW,
                    true,
                    "auto",
                    List.of(new LineQuantity("TSHIRT-RED-M", 2)),
                    LocalDate.parse("2026-11-30"),
                    T),
            Events.ORDER_REJECTED,
            new OrderRejected(
                    ORDER, "SO-20261127-0001", 1, REVIEW, "PRICE_MISMATCH", "Price is outdated", "reviewer", T),
            Events.PICKED,
            new Picked(
                    ORDER,
                    UUID.randomUUID(),
                    "LIS",
                    List.of(new LineQuantity("TSHIRT-RED-M", 2)),
                    List.of(new Picked.Parcel(1, new BigDecimal("0.4"))),
                    "warehouse",
                    T),
            Events.SHIPPED,
            new Shipped(ORDER, UUID.randomUUID(), "CTT", "RR123456789PT", LocalDate.parse("2026-12-02"), "shipping", T),
            Events.RETURN_REQUESTED,
            new ReturnRequested(
                    UUID.randomUUID(),
                    ORDER,
                    "Wrong size",
                    List.of(new LineQuantity("TSHIRT-RED-M", 1)),
                    "customer-service",
                    T),
            Events.PRODUCT_CATALOG,
            new ProductCatalogEntry(
                    "TSHIRT-RED-M", "T-shirt", "red, M", "apparel", new BigDecimal("12.50"), "EUR", true, T),
            Events.STOCK_LEVELS,
            new StockLevel("LIS", "TSHIRT-RED-M", 40, 2, 38, T));

    private ExampleEvents() {}
}
