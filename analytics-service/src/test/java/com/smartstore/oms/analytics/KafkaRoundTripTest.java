package com.smartstore.oms.analytics;

import static com.smartstore.oms.kit.testing.RoundTrips.row;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.PaymentResult;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.testing.RoundTrips;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One event per consumer through the real broker (the other tests hand events to the consumers directly,
 * {@code Deliver}): proves each channel's wiring, deserialisation and inbox end to end.
 */
@QuarkusTest
class KafkaRoundTripTest {

    @Test
    void everyConsumerCommitsAnEventPublishedToItsTopic() {
        Instant t = OrderEvents.freshWindow();
        UUID id = UUID.randomUUID();
        RoundTrips.check(List.of(
                row("analytics-order-received", Events.ORDER_RECEIVED, OrderEvents.receivedEvent(id, 1, "25.00", t)),
                row("analytics-order-held", Events.ORDER_HELD, OrderEvents.heldEvent(id, t.plusSeconds(5))),
                row(
                        "analytics-order-approved",
                        Events.ORDER_APPROVED,
                        OrderEvents.approvedEvent(id, t.plusSeconds(10))),
                row(
                        "analytics-order-rejected",
                        Events.ORDER_REJECTED,
                        OrderEvents.rejectedEvent(UUID.randomUUID(), t.plusSeconds(10))),
                row("analytics-picked", Events.PICKED, OrderEvents.pickedEvent(id, t.plusSeconds(40))),
                row("analytics-shipped", Events.SHIPPED, OrderEvents.shippedEvent(id, t.plusSeconds(100))),
                row(
                        "analytics-return-requested",
                        Events.RETURN_REQUESTED,
                        OrderEvents.returnRequestedEvent(id, t.plusSeconds(900))),
                row(
                        "analytics-exchange-requested",
                        Events.EXCHANGE_REQUESTED,
                        new com.smartstore.oms.contracts.events.ExchangeRequested(
                                UUID.randomUUID(),
                                id,
                                "SO-1",
                                List.of(new com.smartstore.oms.contracts.events.ExchangeRequested.Line(
                                        "SKU-1", 1, null)),
                                null,
                                "desk",
                                t.plusSeconds(950))),
                row(
                        "analytics-return-received",
                        Events.RETURN_RECEIVED,
                        new com.smartstore.oms.contracts.events.ReturnReceived(
                                UUID.randomUUID(),
                                id,
                                "LIS",
                                List.of(new com.smartstore.oms.contracts.events.ReturnReceived.Item(
                                        "SKU-1", 1, com.smartstore.oms.contracts.events.Disposition.RESELLABLE, null)),
                                "desk",
                                t.plusSeconds(960))),
                row(
                        "analytics-return-resolved",
                        Events.RETURN_RESOLVED,
                        new com.smartstore.oms.contracts.events.ReturnResolved(
                                UUID.randomUUID(),
                                id,
                                com.smartstore.oms.contracts.events.ReturnOutcome.REFUNDED,
                                new java.math.BigDecimal("10.00"),
                                "EUR",
                                "desk",
                                t.plusSeconds(970))),
                row(
                        "analytics-refund-issued",
                        Events.REFUND_ISSUED,
                        new com.smartstore.oms.contracts.events.RefundIssued(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                id,
                                "SO-1",
                                new java.math.BigDecimal("10.00"),
                                "EUR",
                                new java.math.BigDecimal("10.00"),
                                java.math.BigDecimal.ZERO,
                                java.math.BigDecimal.ZERO,
                                List.of(),
                                "desk",
                                t.plusSeconds(980))),
                row(
                        "analytics-quality-defect-reported",
                        Events.QUALITY_DEFECT_REPORTED,
                        new com.smartstore.oms.contracts.events.QualityDefectReported(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                id,
                                "SKU-1",
                                1,
                                com.smartstore.oms.contracts.events.DefectCause.OTHER,
                                null,
                                "qc",
                                t.plusSeconds(990))),
                row("analytics-order-amended", Events.ORDER_AMENDED, OrderEvents.amendedEvent(id, "clerk", t)),
                row(
                        "analytics-order-cancelled",
                        Events.ORDER_CANCELLED,
                        OrderEvents.cancelledEvent(UUID.randomUUID(), "sales", t)),
                row(
                        "analytics-order-cancel-requested",
                        Events.ORDER_CANCEL_REQUESTED,
                        OrderEvents.cancelRequestedEvent(id, t)),
                row(
                        "analytics-order-cancel-refused",
                        Events.ORDER_CANCEL_REFUSED,
                        OrderEvents.cancelRefusedEvent(id, t)),
                row(
                        "analytics-payment-recorded",
                        Events.PAYMENT_RECORDED,
                        OrderEvents.paymentEvent(id, PaymentResult.CAPTURED, "25.00", t)),
                row("analytics-stock-shortage", Events.STOCK_SHORTAGE, OrderEvents.shortageEvent("LIS", 1, t)),
                row(
                        "analytics-stock-replenished",
                        Events.STOCK_REPLENISHED,
                        OrderEvents.replenishedEvent("LIS", 1, "warehouse", t)),
                row(
                        "analytics-delivery-updated",
                        Events.DELIVERY_UPDATED,
                        OrderEvents.deliveredEvent(id, t.plusSeconds(2000))),
                row(
                        "analytics-order-exception",
                        Events.ORDER_EXCEPTION,
                        OrderEvents.exceptionEvent(
                                UUID.randomUUID(), ExceptionType.PAYMENT, ExceptionStage.DETECTED, "review", null, t)),
                row(
                        "analytics-sla-breached",
                        Events.SLA_BREACHED,
                        OrderEvents.breachEvent(SlaKind.PICK, "pk-" + id, "warehouse", t)),
                row(
                        "analytics-product-catalog",
                        Events.PRODUCT_CATALOG,
                        OrderEvents.catalogEvent("RT-" + id, "shirts", t)),
                row(
                        "analytics-stock-levels",
                        Events.STOCK_LEVELS,
                        OrderEvents.stockLevelEvent("LIS", "RT-" + id, 3, t))));
    }
}
