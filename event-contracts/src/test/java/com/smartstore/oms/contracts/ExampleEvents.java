package com.smartstore.oms.contracts;

import static java.util.Map.entry;

import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.contracts.events.DefectCause;
import com.smartstore.oms.contracts.events.DeliveryStatus;
import com.smartstore.oms.contracts.events.DeliveryUpdated;
import com.smartstore.oms.contracts.events.Disposition;
import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.ExchangeRequested;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderCancelRefused;
import com.smartstore.oms.contracts.events.OrderCancelRequested;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderQuantity;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.contracts.events.PaymentResult;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.contracts.events.QualityDefectReported;
import com.smartstore.oms.contracts.events.RefundIssued;
import com.smartstore.oms.contracts.events.Remedy;
import com.smartstore.oms.contracts.events.ReplacementRequested;
import com.smartstore.oms.contracts.events.ReturnOutcome;
import com.smartstore.oms.contracts.events.ReturnReceived;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.contracts.events.ReturnResolved;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.contracts.events.SkuSource;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.contracts.events.StockReplenished;
import com.smartstore.oms.contracts.events.StockShortage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One realistic example of every published event, with every optional field filled (at least once per
 * list), so the contract test sees each field the schemas describe.
 */
final class ExampleEvents {
    static final UUID ORDER = UUID.fromString("0b9d5c2e-9a4f-4a39-9f55-0a3f4f0c1d11");
    static final UUID OTHER_ORDER = UUID.fromString("4c1e8a3b-6f2d-4e5a-b7c9-1d2e3f4a5b62");
    static final UUID REVIEW = UUID.fromString("7f0e4d7a-2d35-4c84-8a52-9d5f0f8e2a01");
    static final String ORDER_NUMBER = "SO-20261127-0001";
    static final Instant T = Instant.parse("2026-11-27T09:15:30Z");
    static final UUID CANCEL_REQUEST = UUID.fromString("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70");

    /** 2 x 12.50 - 2.50 line discount + 8.90 + 4.90 shipping - 1.30 order discount = 35.00, VAT 23 % included. */
    static final OrderReceived ORDER_RECEIVED = new OrderReceived(
            ORDER,
            ORDER_NUMBER,
            1,
            SalesChannel.SHOPIFY,
            "gid://shopify/Order/5512",
            new OrderReceived.Customer("c-3f9a", "Ana Silva", "+351912345678", "ana@example.com"),
            new OrderReceived.Address("Ana Silva", "Rua Augusta 10", "2 Esq", "Lisboa", "Lisboa", "1100-053", "PT"),
            List.of(
                    new OrderReceived.Line(
                            1, "TSHIRT-RED-M", "T-shirt", "red, M", 2, new BigDecimal("12.50"), new BigDecimal("2.50")),
                    new OrderReceived.Line(
                            2,
                            "MUG-WHITE-350",
                            "Mug",
                            "white, 350 ml",
                            1,
                            new BigDecimal("8.90"),
                            null,
                            SkuSource.MAPPING,
                            "8012345678902",
                            "44012345678902",
                            new BigDecimal("8.90"),
                            List.of(new OrderReceived.Attribute("Engraving", "Ana")))),
            new OrderReceived.Remarks("Leave at the door", "Happy birthday!", LocalDate.parse("2026-11-30")),
            new OrderReceived.Payment(
                    PaymentMethod.INSTALMENTS,
                    new BigDecimal("35.00"),
                    T.minusSeconds(60),
                    new OrderReceived.Instalments(2, new BigDecimal("17.50")),
                    "PLATFORM"),
            new BigDecimal("35.00"),
            "EUR",
            T,
            new OrderReceived.Charges(new BigDecimal("4.90"), new BigDecimal("1.30"), new BigDecimal("6.54")),
            new OrderReceived.Platform(
                    "#1042",
                    false,
                    "paid",
                    T.minusSeconds(30),
                    "customer",
                    new OrderReceived.Amounts(
                            new BigDecimal("35.00"),
                            new BigDecimal("33.90"),
                            new BigDecimal("3.80"),
                            new BigDecimal("4.90"),
                            new BigDecimal("6.54"),
                            true,
                            BigDecimal.ZERO),
                    "EUR",
                    new OrderReceived.Amounts(
                            new BigDecimal("35.00"),
                            new BigDecimal("33.90"),
                            new BigDecimal("3.80"),
                            new BigDecimal("4.90"),
                            new BigDecimal("6.54"),
                            true,
                            BigDecimal.ZERO),
                    List.of("WELCOME10"),
                    List.of(new OrderReceived.Attribute("gift_message", "Happy birthday!"))),
            // Only an exchange's replacement order has it (issue 12); the example fills every field.
            new OrderReceived.Replacement(
                    UUID.fromString("7b1f3c52-9d4e-4a61-8f0a-2c5e9b7d1a34"),
                    UUID.fromString("3f2c9a10-6b8d-4e5f-a1c2-0d9e8f7a6b54")),
            // Only an order a person keyed in has it (issue 13); the example fills every field.
            new OrderReceived.EnteredBy("clerk", List.of("clerk", "sales")));

    static final Map<EventType<?>, OmsEvent> ALL = Map.ofEntries(
            entry(Events.ORDER_RECEIVED, ORDER_RECEIVED),
            entry(
                    Events.ORDER_HELD,
                    new OrderHeld(
                            ORDER,
                            ORDER_NUMBER,
                            1,
                            REVIEW,
                            List.of(new OrderHeld.RuleFailure(
                                    "price-matches-catalogue", "TSHIRT-RED-M costs 14.00, order says 12.50")),
                            T,
                            1L)),
            entry(
                    Events.ORDER_APPROVED,
                    new OrderApproved(
                            ORDER,
                            ORDER_NUMBER,
                            1,
                            REVIEW,
                            true,
                            "auto",
                            List.of(new LineQuantity("TSHIRT-RED-M", 2), new LineQuantity("MUG-WHITE-350", 1)),
                            LocalDate.parse("2026-11-30"),
                            T,
                            2L)),
            entry(
                    Events.ORDER_REJECTED,
                    new OrderRejected(
                            ORDER, ORDER_NUMBER, 1, REVIEW, "PRICE_MISMATCH", "Price is outdated", "reviewer", T, 3L)),
            entry(
                    Events.ORDER_AMENDED,
                    new OrderAmended(
                            ORDER,
                            ORDER_NUMBER,
                            1,
                            UUID.fromString("5d6e7f80-9a1b-4c2d-8e3f-405162738495"),
                            List.of("shippingAddress", "contact", "lines"),
                            new OrderReceived.Address(
                                    "Ana Silva",
                                    "Avenida da Liberdade 100",
                                    "3 Dto",
                                    "Lisboa",
                                    "Lisboa",
                                    "1250-146",
                                    "PT"),
                            new OrderAmended.Contact("+351913000111", "ana.silva@example.com"),
                            List.of(
                                    new OrderAmended.LineChange(
                                            1,
                                            "TSHIRT-RED-L",
                                            "T-shirt",
                                            "red, L",
                                            2,
                                            new BigDecimal("12.50"),
                                            "TSHIRT-RED-M",
                                            2),
                                    new OrderAmended.LineChange(
                                            2,
                                            "MUG-WHITE-350",
                                            "Mug",
                                            "white, 350 ml",
                                            0,
                                            new BigDecimal("8.90"),
                                            "MUG-WHITE-350",
                                            1)),
                            new BigDecimal("26.10"),
                            "Moved house; wants size L and no mug",
                            "customer-service",
                            T.plus(Duration.ofMinutes(40)))),
            entry(
                    Events.ORDER_CANCELLED,
                    new OrderCancelled(
                            ORDER,
                            ORDER_NUMBER,
                            "APPROVED",
                            "Customer found the items cheaper elsewhere",
                            "customer-service",
                            T.plus(Duration.ofHours(2)),
                            CANCEL_REQUEST)),
            entry(
                    Events.ORDER_CANCEL_REQUESTED,
                    new OrderCancelRequested(
                            ORDER,
                            ORDER_NUMBER,
                            CANCEL_REQUEST,
                            "APPROVED",
                            "Customer found the items cheaper elsewhere",
                            "customer-service",
                            T.plus(Duration.ofMinutes(119)))),
            entry(
                    Events.ORDER_CANCEL_REFUSED,
                    new OrderCancelRefused(
                            ORDER,
                            ORDER_NUMBER,
                            CANCEL_REQUEST,
                            "ALREADY_SHIPPED",
                            "The parcel left with CTT (RR123456789PT); the customer can return it",
                            T.plus(Duration.ofHours(2)))),
            entry(
                    Events.PAYMENT_RECORDED,
                    new PaymentRecorded(
                            ORDER,
                            ORDER_NUMBER,
                            UUID.fromString("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f"),
                            PaymentResult.FAILED,
                            PaymentMethod.INSTALMENTS,
                            new BigDecimal("17.50"),
                            "EUR",
                            2,
                            new BigDecimal("17.50"),
                            "PROVIDER",
                            "stripe",
                            "card_declined",
                            T.plus(Duration.ofDays(30)))),
            entry(
                    Events.PICKED,
                    new Picked(
                            ORDER,
                            UUID.randomUUID(),
                            "LIS",
                            List.of(new LineQuantity("TSHIRT-RED-M", 2), new LineQuantity("MUG-WHITE-350", 1)),
                            List.of(new Picked.Parcel(1, new BigDecimal("0.8"))),
                            "warehouse",
                            T,
                            // Only a replacement's pick list has it (issue 11); the example fills every field.
                            UUID.fromString("5d6e7f80-91a2-4b3c-8d4e-5f60718293a4"))),
            entry(
                    Events.STOCK_SHORTAGE,
                    new StockShortage(
                            UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"),
                            "TSHIRT-RED-L",
                            "red, L",
                            "LIS",
                            5,
                            ShortageReason.BACKORDER,
                            List.of(new OrderQuantity(ORDER, 2), new OrderQuantity(OTHER_ORDER, 3)),
                            LocalDate.parse("2026-12-04"),
                            T)),
            entry(
                    Events.STOCK_REPLENISHED,
                    new StockReplenished(
                            UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"),
                            "LIS",
                            "TSHIRT-RED-L",
                            20,
                            List.of(new OrderQuantity(ORDER, 2), new OrderQuantity(OTHER_ORDER, 3)),
                            15,
                            "warehouse",
                            T.plus(Duration.ofDays(7)))),
            entry(
                    Events.SHIPPED,
                    new Shipped(
                            ORDER,
                            UUID.randomUUID(),
                            "CTT",
                            "RR123456789PT",
                            LocalDate.parse("2026-12-02"),
                            "shipping",
                            T,
                            ORDER_NUMBER,
                            List.of(new LineQuantity("TSHIRT-RED-M", 2), new LineQuantity("MUG-WHITE-350", 1)),
                            "https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=RR123456789PT",
                            1,
                            true,
                            1,
                            "STANDARD")),
            entry(
                    Events.DELIVERY_UPDATED,
                    new DeliveryUpdated(
                            ORDER,
                            ORDER_NUMBER,
                            UUID.fromString("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a"),
                            "CTT",
                            "RR123456789PT",
                            DeliveryStatus.DELIVERED,
                            T.plus(Duration.ofDays(2)),
                            "Porto",
                            "Left with the neighbour at no. 12",
                            DeliveryStatus.DELIVERED,
                            LocalDate.parse("2026-11-29"),
                            T.plus(Duration.ofDays(2)),
                            DeliveryUpdated.Source.CARRIER,
                            "ctt-evt-000457",
                            "CTT")),
            entry(
                    Events.RETURN_REQUESTED,
                    new ReturnRequested(
                            UUID.randomUUID(),
                            ORDER,
                            "CHANGED_MIND",
                            List.of(new LineQuantity("TSHIRT-RED-M", 1)),
                            "customer-service",
                            T,
                            "Wrong size, would like an L",
                            "EXCHANGE")),
            entry(
                    Events.RETURN_RECEIVED,
                    new ReturnReceived(
                            UUID.fromString("c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f"),
                            ORDER,
                            "LIS",
                            List.of(
                                    new ReturnReceived.Item(
                                            "TSHIRT-RED-M", 1, Disposition.RESELLABLE, "Unworn, tags attached"),
                                    new ReturnReceived.Item(
                                            "MUG-WHITE-350", 1, Disposition.DAMAGED, "Handle broken in transit")),
                            "warehouse",
                            T.plus(Duration.ofDays(10)))),
            entry(
                    Events.REFUND_ISSUED,
                    new RefundIssued(
                            UUID.fromString("e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a80"),
                            UUID.fromString("c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f"),
                            ORDER,
                            ORDER_NUMBER,
                            new BigDecimal("17.10"),
                            "EUR",
                            new BigDecimal("19.00"),
                            new BigDecimal("1.90"),
                            BigDecimal.ZERO,
                            List.of(new RefundIssued.Line("TSHIRT-RED-M", 1, new BigDecimal("19.00"))),
                            "after-sales",
                            T.plus(Duration.ofDays(11)))),
            entry(
                    Events.REPLACEMENT_REQUESTED,
                    new ReplacementRequested(
                            ORDER,
                            ORDER_NUMBER,
                            UUID.fromString("5d6e7f80-91a2-4b3c-8d4e-5f60718293a4"),
                            UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-60718293a4b5"),
                            UUID.fromString("7f8091a2-b3c4-4d5e-8f60-718293a4b5c6"),
                            List.of(new LineQuantity("TSHIRT-RED-M", 2)),
                            "LIS",
                            "carla",
                            T.plus(Duration.ofDays(6)))),
            entry(
                    Events.EXCHANGE_REQUESTED,
                    new ExchangeRequested(
                            UUID.fromString("c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f"),
                            ORDER,
                            ORDER_NUMBER,
                            List.of(new ExchangeRequested.Line("TSHIRT-RED-M", 1, "size L")),
                            "Would like an L",
                            "after-sales",
                            T.plus(Duration.ofDays(11)))),
            entry(
                    Events.QUALITY_DEFECT_REPORTED,
                    new QualityDefectReported(
                            UUID.fromString("f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b91"),
                            UUID.fromString("c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f"),
                            ORDER,
                            "TSHIRT-RED-M",
                            1,
                            DefectCause.MATERIAL,
                            "Seam tears under light tension; the thread is too thin",
                            "quality",
                            T.plus(Duration.ofDays(12)))),
            entry(
                    Events.RETURN_RESOLVED,
                    new ReturnResolved(
                            UUID.fromString("c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f"),
                            ORDER,
                            ReturnOutcome.REFUNDED,
                            new BigDecimal("17.10"),
                            "EUR",
                            "finance",
                            T.plus(Duration.ofDays(12)))),
            entry(
                    Events.ORDER_EXCEPTION,
                    new OrderException(
                            UUID.fromString("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70"),
                            ORDER,
                            ORDER_NUMBER,
                            ExceptionType.PAYMENT,
                            ExceptionStage.CLOSED,
                            UUID.fromString("e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7081"),
                            Severity.HIGH,
                            "DUPLICATE_PAYMENT",
                            "The customer was charged twice for the first instalment",
                            Map.of("expected", "17.50", "paid", "35.00", "paymentReference", "pi_3PxQ2L"),
                            "customer-service",
                            "finance",
                            "finance",
                            T.plus(Duration.ofDays(1)),
                            Remedy.REFUND,
                            "Refunded the duplicate 17.50 to the card",
                            4,
                            T.plus(Duration.ofDays(2)))),
            entry(
                    Events.SLA_BREACHED,
                    new SlaBreached(
                            SlaKind.MANUAL_REVIEW,
                            REVIEW.toString(),
                            ORDER,
                            ORDER_NUMBER,
                            "review-service",
                            "reviewer",
                            T.plus(Duration.ofHours(4)),
                            T.plus(Duration.ofHours(4).plusMinutes(1)))),
            entry(
                    Events.CUSTOMER_REDACTED,
                    new CustomerRedacted(
                            UUID.fromString("5b0c8e52-3f1d-4a8e-9c61-0d2f7a4b9e13"),
                            SalesChannel.SHOPIFY,
                            "191167",
                            List.of(ORDER),
                            "customers/redact from smart-store-demo.myshopify.com",
                            T)),
            entry(
                    Events.PRODUCT_CATALOG,
                    new ProductCatalogEntry(
                            "TSHIRT-RED-M", "T-shirt", "red, M", "apparel", new BigDecimal("12.50"), "EUR", true, T)),
            entry(Events.STOCK_LEVELS, new StockLevel("LIS", "TSHIRT-RED-M", 40, 2, 38, T)));

    private ExampleEvents() {}
}
