package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.kit.testing.RoundTrips.row;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentRecorded;
import com.smartstore.oms.contracts.events.PaymentResult;
import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.contracts.events.StockLevel;
import com.smartstore.oms.kit.testing.RoundTrips;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
        String sku = ReviewFixtures.newSku();
        Instant now = Instant.now();
        OrderReceived order = anOrder().line(sku, 1, "3.00").build();
        OrderReceived other = anOrder().build();
        RoundTrips.check(List.of(
                row(
                        "review-product-catalog",
                        Events.PRODUCT_CATALOG,
                        new ProductCatalogEntry(
                                sku, "Product " + sku, "red, M", "shirts", new BigDecimal("3.00"), "EUR", true, now)),
                row("review-stock-levels", Events.STOCK_LEVELS, new StockLevel("LIS", sku, 5, 0, 5, now)),
                row("review-order-received", Events.ORDER_RECEIVED, order),
                row(
                        "review-order-amended",
                        Events.ORDER_AMENDED,
                        new OrderAmended(
                                other.orderId(),
                                other.orderNumber(),
                                other.revision(),
                                UUID.randomUUID(),
                                List.of("contact"),
                                null,
                                new OrderAmended.Contact("+351 912 345 678", null),
                                List.of(),
                                null,
                                "customer asked",
                                "customer-service",
                                now)),
                row(
                        "review-order-cancelled",
                        Events.ORDER_CANCELLED,
                        new OrderCancelled(
                                UUID.randomUUID(),
                                "SO-GONE",
                                "RECEIVED",
                                "changed their mind",
                                "customer-service",
                                now,
                                UUID.randomUUID())),
                row(
                        "review-payment-recorded",
                        Events.PAYMENT_RECORDED,
                        new PaymentRecorded(
                                other.orderId(),
                                other.orderNumber(),
                                UUID.randomUUID(),
                                PaymentResult.CAPTURED,
                                other.payment().method(),
                                new BigDecimal("1.00"),
                                other.currency(),
                                null,
                                new BigDecimal("1.00"),
                                "PROVIDER",
                                "stripe",
                                null,
                                now)),
                row(
                        "review-customer-redacted",
                        Events.CUSTOMER_REDACTED,
                        CustomerRedactedTest.redaction(UUID.randomUUID(), UUID.randomUUID())),
                row(
                        "review-order-exception",
                        Events.ORDER_EXCEPTION,
                        OrderException.detected(
                                UUID.randomUUID(),
                                "SO-PAY-RT",
                                ExceptionType.PAYMENT,
                                Severity.HIGH,
                                "AMOUNT_MISMATCH",
                                "Paid 90.00, order total 100.00",
                                Map.of("expected", "100.00", "paid", "90.00"),
                                "order-intake-service",
                                now))));
    }
}
