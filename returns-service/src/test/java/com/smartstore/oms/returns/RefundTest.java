package com.smartstore.oms.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.RefundIssued;
import com.smartstore.oms.contracts.events.ReturnOutcome;
import com.smartstore.oms.contracts.events.ReturnResolved;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.sla.DeadlineWatch;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * From return to refund (R-X4..R-X6): inspected eligible goods are refunded at what was paid ({@code refund-issued}),
 * finance reconciles and confirms the payout, which resolves the ticket ({@code return-resolved}); a refund not done
 * within {@code oms.sla.refund-working-days} working days of the receipt is escalated once.
 */
@QuarkusTest
class RefundTest {
    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    /** An order of two SKU-A at 25.00 with 5.00 off the line and one SKU-B at 10.00, 4.00 shipping, all shipped. */
    private static UUID paidAndShipped() {
        UUID orderId = UUID.randomUUID();
        Deliver.event(
                Events.ORDER_RECEIVED,
                OrderBuilder.anOrder()
                        .id(orderId)
                        .line("SKU-A", 2, "25.00", "5.00")
                        .line("SKU-B", 1, "10.00", "0.00")
                        .charges("4.00", "0.00")
                        .build());
        Deliver.event(Events.SHIPPED, Fixtures.shipped(orderId, UUID.randomUUID()));
        return orderId;
    }

    private static String receivedAndInspected(UUID orderId, String skuBDisposition) {
        String id = ReceiptAndInspectionTest.openTicket(orderId);
        ReceiptAndInspectionTest.post(
                        "warehouse",
                        "/api/returns/" + id + "/receipt",
                        Map.of(
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "quantity", 2), Map.of("sku", "SKU-B", "quantity", 1))))
                .statusCode(200);
        ReceiptAndInspectionTest.post(
                        "after-sales",
                        "/api/returns/" + id + "/inspection",
                        Map.of(
                                "lines",
                                List.of(
                                        Map.of("sku", "SKU-A", "condition", "as new", "disposition", "RESELLABLE"),
                                        Map.of("sku", "SKU-B", "condition", "burnt", "disposition", skuBDisposition))))
                .statusCode(200)
                .body("refundDueAt", notNullValue());
        return id;
    }

    @Test
    void eligibleGoodsAreRefundedAtWhatWasPaidAndFinanceConfirmationResolvesTheTicket() throws Exception {
        UUID orderId = paidAndShipped();
        String ticket = receivedAndInspected(orderId, "DAMAGED_BY_CUSTOMER");

        String refundId = ReceiptAndInspectionTest.post("after-sales", "/api/returns/" + ticket + "/refund", Map.of())
                .statusCode(201)
                .body("amount", equalTo(45.0f))
                .body("goodsAmount", equalTo(45.0f))
                .body("shippingRefund", equalTo(0.0f))
                .body("currency", equalTo("EUR"))
                .body("lines[0].sku", equalTo("SKU-A"))
                .body("lines[0].quantity", equalTo(2))
                .body("status", equalTo("REQUESTED"))
                .extract()
                .path("id");
        RefundIssued issued = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.REFUND_ISSUED, orderId.toString(), 1)
                                .get(0)
                                .value(),
                        RefundIssued.class);
        assertThat(issued.refundId()).hasToString(refundId);
        assertThat(issued.amount()).isEqualByComparingTo("45.00");
        assertThat(issued.lines()).containsExactly(new RefundIssued.Line("SKU-A", 2, new BigDecimal("45.00")));
        ReceiptAndInspectionTest.post("after-sales", "/api/returns/" + ticket + "/refund", Map.of())
                .statusCode(409)
                .body("error", equalTo("return-not-inspected"));

        given().auth()
                .oauth2(Tokens.of("finance"))
                .queryParam("orderId", orderId)
                .queryParam("status", "REQUESTED")
                .get("/api/refunds")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(refundId))
                .body("items[0].amount", equalTo(45.0f))
                .body("items[0].confirmedAmount", equalTo(0.0f));

        ReceiptAndInspectionTest.post(
                        "finance", "/api/refunds/" + refundId + "/confirm", Map.of("payoutReference", "BANK-778"))
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("confirmedAmount", equalTo(45.0f))
                .body("confirmedBy", equalTo("finance"))
                .body("payoutReference", equalTo("BANK-778"));
        ReceiptAndInspectionTest.post("finance", "/api/refunds/" + refundId + "/confirm", Map.of())
                .statusCode(409)
                .body("error", equalTo("refund-already-confirmed"));
        ReturnResolved resolved = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.RETURN_RESOLVED, orderId.toString(), 1)
                                .get(0)
                                .value(),
                        ReturnResolved.class);
        assertThat(resolved.outcome()).isEqualTo(ReturnOutcome.REFUNDED);
        assertThat(resolved.refundAmount()).isEqualByComparingTo("45.00");
        given().auth()
                .oauth2(Tokens.of("after-sales"))
                .get("/api/returns/" + ticket)
                .then()
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("REFUNDED"))
                .body("resolvedBy", equalTo("finance"));
        given().auth()
                .oauth2(Tokens.of("finance"))
                .queryParam("status", "paid")
                .get("/api/refunds")
                .then()
                .statusCode(400)
                .body("error", equalTo("bad-status"));
    }

    @Test
    void aRefundNotDoneInTimeIsEscalatedOnceAndAnInspectionWithoutEligibleGoodsIsRefused() throws Exception {
        UUID late = paidAndShipped();
        receivedAndInspected(late, "RESELLABLE");
        UUID ineligible = UUID.randomUUID();
        Deliver.event(Events.SHIPPED, Fixtures.shipped(ineligible, UUID.randomUUID()));
        String refused = Fixtures.requestReturn(
                        "customer-service", Map.of("orderId", ineligible, "reason", "CHANGED_MIND"))
                .statusCode(201)
                .extract()
                .path("id");
        ReceiptAndInspectionTest.post(
                        "warehouse",
                        "/api/returns/" + refused + "/receipt",
                        Map.of("lines", List.of(Map.of("sku", "SKU-B", "quantity", 1))))
                .statusCode(200);
        ReceiptAndInspectionTest.post(
                        "after-sales",
                        "/api/returns/" + refused + "/inspection",
                        Map.of(
                                "lines",
                                List.of(Map.of("sku", "SKU-B", "condition", "dropped", "disposition", "DEFECTIVE"))))
                .statusCode(200)
                .body("lines.find { it.sku == 'SKU-B' }.eligible", equalTo(false));
        ReceiptAndInspectionTest.post("after-sales", "/api/returns/" + refused + "/refund", Map.of())
                .statusCode(409)
                .body("error", equalTo("nothing-to-refund"));

        // Three working days at most: ten calendar days later it is late whatever the weekday.
        clock.set(Instant.now().plus(Duration.ofDays(10)));
        Db.call(watch::checkNow);
        Db.call(watch::checkNow);

        List<SlaBreached> breaches =
                TestKafka.records(Topics.SLA_BREACHED, r -> r.key().equals(late.toString())).stream()
                        .map(r -> {
                            try {
                                return EventJson.mapper().readValue(r.value(), SlaBreached.class);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .filter(b -> b.kind() == SlaKind.REFUND)
                        .toList();
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).service()).isEqualTo("returns-service");
        assertThat(TestKafka.records(Topics.SLA_BREACHED, r -> r.key().equals(ineligible.toString())).stream()
                        .filter(r -> r.value().contains("\"REFUND\"")))
                .isEmpty();
    }
}
