package com.smartstore.oms.intake.domain;

import static com.smartstore.oms.intake.domain.OrderRulesTest.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.OrderCancelled;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.SkuSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A platform order's own facts, its amounts and limits, its event, and the status it moves through. */
class PlatformOrderRulesTest {
    static final Instant T = Instant.parse("2026-12-07T10:00:00Z");
    static final OrderReceived.Attribute GIFT = new OrderReceived.Attribute("gift-wrap", "yes");

    static OrderReceived.Platform facts(Instant cancelledAt) {
        return new OrderReceived.Platform(
                "#1001", false, "paid", cancelledAt, null, null, "EUR", null, List.of("XMAS"), List.of(GIFT));
    }

    @Test
    void platformDetailsGiveTheCurrencyTheFactsAndEachLinesIdsByPosition() {
        Order order = order(OrderStatus.RECEIVED);
        order.addLine("B", "Tea", null, 1, new BigDecimal("3.00"));
        order.currency = "EUR";
        PlatformDetails.Line first =
                new PlatformDetails.Line(SkuSource.MAPPING, "p1", "v1", "ref", new BigDecimal("4.00"), List.of(GIFT));

        order.applyPlatform(new PlatformDetails("USD", facts(null), List.of(first)));

        assertThat(order.currency).isEqualTo("USD");
        assertThat(order.platform()).isEqualTo(facts(null));
        OrderLine line = order.lines.get(0);
        assertThat(line.skuSource).isEqualTo(SkuSource.MAPPING);
        assertThat(line.platformProductId).isEqualTo("p1");
        assertThat(line.platformVariantId).isEqualTo("v1");
        assertThat(line.shopUnitPrice).isEqualByComparingTo("4.00");
        assertThat(line.properties()).containsExactly(GIFT);
        OrderLine second = order.lines.get(1);
        assertThat(second.skuSource).as("a line beyond the details gets none").isNull();
        assertThat(second.platformProductId).isNull();
    }

    @Test
    void detailsWithoutACurrencyKeepTheOrdersAndNoDetailsChangeNothing() {
        Order order = order(OrderStatus.RECEIVED);
        order.currency = "EUR";
        order.applyPlatform(null);
        assertThat(order.currency).isEqualTo("EUR");
        order.applyPlatform(new PlatformDetails(null, null, null));
        assertThat(order.currency).isEqualTo("EUR");
        assertThat(order.platform()).isNull();
        assertThat(order.platformFacts).isNull();
    }

    @Test
    void anOrderThePlatformHadCancelledSaysSo() {
        Order order = order(OrderStatus.RECEIVED);
        assertThat(order.cancelledOnPlatform()).isFalse();
        order.platform(facts(null));
        assertThat(order.cancelledOnPlatform()).isFalse();
        order.platform(facts(T));
        assertThat(order.cancelledOnPlatform()).isTrue();
    }

    @Test
    void platformFactsThatAreNotJsonAreReportedWithTheOrder() {
        Order order = order(OrderStatus.RECEIVED);
        order.platformFacts = "{oops";
        org.assertj.core.api.Assertions.assertThatThrownBy(order::platform)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("platform facts of order SO-1 are not JSON");
    }

    @Test
    void redactionErasesThePlatformsAttributesAndLinePropertiesButKeepsItsOtherFacts() {
        Order order = order(OrderStatus.SHIPPED);
        order.customer.name = "Inês Costa";
        order.customer.phone = "+351912345678";
        order.customer.phoneHash = "ph";
        order.shipTo("Inês Costa", "Rua Garrett 19", "3º", "Lisboa", "Lisboa", "1200-203", "PT");
        order.specialRequests = "ring twice";
        order.platform(facts(null));
        order.lines.get(0).properties(List.of(GIFT));

        order.redact();

        assertThat(order.customer.name).isEqualTo(Order.REDACTED);
        assertThat(order.customer.phone).isNull();
        assertThat(order.customer.phoneHash).isNull();
        assertThat(order.shipTo.recipient).isNull();
        assertThat(order.shipTo.line2).isNull();
        assertThat(order.shipTo.city).isEqualTo(Order.REDACTED);
        assertThat(order.shipTo.region).isNull();
        assertThat(order.specialRequests).isNull();
        assertThat(order.platform().attributes()).isNull();
        assertThat(order.platform().orderName()).isEqualTo("#1001");
        assertThat(order.platform().discountCodes()).containsExactly("XMAS");
        assertThat(order.lines.get(0).properties()).isNull();
        assertThat(order.redacted()).isTrue();
        assertThat(order(OrderStatus.SHIPPED).redacted()).isFalse();
    }

    @Test
    void aRedactedOrderWithoutPlatformFactsStaysWithoutThem() {
        Order order = order(OrderStatus.CANCELLED);
        order.redact();
        assertThat(order.platform()).isNull();
        assertThat(order.redactRefusal()).isEmpty();
        assertThat(order(OrderStatus.APPROVED).redactRefusal())
                .contains("APPROVED: the order is in progress and needs the customer's address and contact");
    }

    @Test
    void shippingAndTaxComeOnTopOfTheLinesAndNoneCountsAsZero() {
        Order order = order(OrderStatus.RECEIVED);
        order.addLine("B", "Tea", null, 1, new BigDecimal("3.00"), new BigDecimal("0.50"));
        assertThat(order.totalAmount).isEqualByComparingTo("12.50");
        assertThat(order.discountAmount).isEqualByComparingTo("0.50");
        order.charge(new BigDecimal("4.00"), new BigDecimal("1.10"));
        assertThat(order.totalAmount).isEqualByComparingTo("17.60");
        assertThat(order.shippingAmount).isEqualByComparingTo("4.00");
        assertThat(order.taxAmount).isEqualByComparingTo("1.10");
        order.charge(null, null);
        assertThat(order.shippingAmount).isEqualByComparingTo("0");
        assertThat(order.taxAmount).isEqualByComparingTo("0");
        assertThat(order.totalAmount).isEqualByComparingTo("12.50");
    }

    @Test
    void clearingTheLinesReturnsThemAndLeavesOnlyShippingAndTax() {
        Order order = order(OrderStatus.RECEIVED);
        order.charge(new BigDecimal("4.00"), BigDecimal.ZERO);
        OrderLine line = order.lines.get(0);
        assertThat(order.clearLines()).containsExactly(line);
        assertThat(order.lines).isEmpty();
        assertThat(order.totalAmount).isEqualByComparingTo("4.00");
    }

    @Test
    void aTotalUpToTheMostAnOrderHoldsIsFineAndAboveItIsRefused() {
        Order order = new Order();
        order.addLine("A", "Gold", null, 1, Order.MAX_AMOUNT);
        assertThat(order.amountRefusal()).isEmpty();
        order.charge(new BigDecimal("0.01"), null);
        assertThat(order.amountRefusal())
                .get()
                .asString()
                .startsWith("lines, shippingLines and taxAmount: the order comes to 10000000000.00")
                .contains("more than 9999999999.99");
    }

    @Test
    void lineDiscountsOrShippingAboveTheMostAnOrderHoldsAreRefusedEvenWhenTheTotalFits() {
        Order discounted = new Order();
        discounted.addLine("A", "Gold", null, 1, Order.MAX_AMOUNT, BigDecimal.ZERO);
        discounted.addLine("B", "Gold", null, 1, Order.MAX_AMOUNT, Order.MAX_AMOUNT);
        discounted.addLine("C", "Gold", null, 1, new BigDecimal("0.01"), new BigDecimal("0.01"));
        discounted.charge(BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(discounted.amountRefusal())
                .contains("lines: the line discounts add up to 10000000000.00, more than 9999999999.99, the most one"
                        + " order can hold");

        Order shipped = new Order();
        shipped.addLine("A", "Mug", null, 1, new BigDecimal("1.00"), new BigDecimal("1.00"));
        shipped.charge(new BigDecimal("10000000000.00"), new BigDecimal("-1.00"));
        assertThat(shipped.amountRefusal())
                .contains("shippingLines: the shipping lines add up to 10000000000.00, more than 9999999999.99, the"
                        + " most one order can hold");

        Order atTheLimit = new Order();
        atTheLimit.addLine("A", "Gold", null, 1, Order.MAX_AMOUNT, Order.MAX_AMOUNT);
        atTheLimit.charge(Order.MAX_AMOUNT, BigDecimal.ZERO.subtract(Order.MAX_AMOUNT));
        assertThat(atTheLimit.amountRefusal()).isEmpty();
    }

    @Test
    void theReceivedEventCarriesTheOrderAsItIsNow() {
        Order order = order(OrderStatus.RECEIVED);
        order.channel = SalesChannel.SHOPIFY;
        order.externalOrderId = "1001";
        order.currency = "EUR";
        order.receivedAt = T;
        order.customer.name = "Rita";
        order.customer.pseudonym = "c-1";
        order.shipTo("Rita", "Rua 1", null, "Porto", null, "4000", "PT");
        order.addLine("B", "Tea", "green", 1, new BigDecimal("3.00"), new BigDecimal("0.50"));
        order.charge(new BigDecimal("4.00"), new BigDecimal("1.00"));
        order.payment.method = PaymentMethod.INSTALMENTS;
        order.payment.amount = new BigDecimal("17.50");
        order.payment.instalmentCount = 2;
        order.payment.instalmentAmount = new BigDecimal("8.75");
        order.payment.confirmedBy = "PLATFORM";

        OrderReceived event = order.toReceivedEvent();

        assertThat(event.orderId()).isEqualTo(order.id);
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.channel()).isEqualTo(SalesChannel.SHOPIFY);
        assertThat(event.externalOrderId()).isEqualTo("1001");
        assertThat(event.receivedAt()).isEqualTo(T);
        assertThat(event.currency()).isEqualTo("EUR");
        assertThat(event.customer()).isEqualTo(new OrderReceived.Customer("c-1", "Rita", null, null));
        assertThat(event.shippingAddress().city()).isEqualTo("Porto");
        assertThat(event.lines()).hasSize(2);
        assertThat(event.lines().get(0).discount()).as("no discount is none").isNull();
        assertThat(event.lines().get(1).discount()).isEqualByComparingTo("0.50");
        assertThat(event.lines().get(1).specification()).isEqualTo("green");
        assertThat(event.remarks()).as("no remarks").isNull();
        assertThat(event.payment().instalments()).isEqualTo(new OrderReceived.Instalments(2, new BigDecimal("8.75")));
        assertThat(event.payment().confirmedBy())
                .as("nobody vouches for an unpaid order")
                .isNull();
        assertThat(event.totalAmount()).isEqualByComparingTo("17.50");
        assertThat(event.charges())
                .isEqualTo(new OrderReceived.Charges(new BigDecimal("4.00"), BigDecimal.ZERO, new BigDecimal("1.00")));
        assertThat(event.platform()).isNull();

        order.payment.paidAt = T;
        order.payment.instalmentCount = null;
        order.giftNote = "Parabéns";
        OrderReceived paid = order.toReceivedEvent(T.plusSeconds(60));
        assertThat(paid.payment().confirmedBy()).isEqualTo("PLATFORM");
        assertThat(paid.payment().instalments()).isNull();
        assertThat(paid.remarks()).isEqualTo(new OrderReceived.Remarks(null, "Parabéns", null));
        assertThat(paid.receivedAt()).isEqualTo(T.plusSeconds(60));
    }

    @Test
    void anyRemarkMakesTheEventCarryRemarks() {
        Order order = order(OrderStatus.RECEIVED);
        order.channel = SalesChannel.SHOPIFY;
        order.customer.name = "Rita";
        order.customer.pseudonym = "c-1";
        order.payment.method = PaymentMethod.ONLINE;
        order.payment.amount = BigDecimal.TEN;
        order.shipTo("Rita", "Rua 1", null, "Porto", null, "4000", "PT");
        order.currency = "EUR";
        order.receivedAt = T;
        order.specialRequests = "ring twice";
        assertThat(order.toReceivedEvent().remarks()).isEqualTo(new OrderReceived.Remarks("ring twice", null, null));
        order.specialRequests = null;
        order.requestedShipDate = LocalDate.of(2026, 12, 20);
        assertThat(order.toReceivedEvent().remarks())
                .isEqualTo(new OrderReceived.Remarks(null, null, LocalDate.of(2026, 12, 20)));
    }

    @Test
    void aStepDownstreamMovesTheStatusForwardAndIsRecorded() {
        Order order = order(OrderStatus.APPROVED);
        OrderStatusChange change =
                order.advance(OrderStatus.PICKED, 1, T, "warehouse", "picked").orElseThrow();
        assertThat(order.status).isEqualTo(OrderStatus.PICKED);
        assertThat(change.status).isEqualTo("PICKED");
        assertThat(change.orderId).isEqualTo(order.id);
        assertThat(change.revision).isEqualTo(1);
        assertThat(change.occurredAt).isEqualTo(T);
        assertThat(change.actor).isEqualTo("warehouse");
        assertThat(change.detail).isEqualTo("picked");

        assertThat(order.advance(OrderStatus.PICKED, 1, T, "warehouse", "again"))
                .isPresent();
        assertThat(order.status).isEqualTo(OrderStatus.PICKED);
        assertThat(order.advance(OrderStatus.APPROVED, 2, T, "review", "late")).isPresent();
        assertThat(order.status).as("a late event does not move it back").isEqualTo(OrderStatus.PICKED);
    }

    @Test
    void aDecisionOfTheSameSequenceMovesOnlyForwardAndIsRecorded() {
        Order order = order(OrderStatus.RECEIVED);
        OrderStatusChange change =
                order.decide(OrderStatus.APPROVED, null, 4L, T, "auto", "ok").orElseThrow();
        assertThat(change.status).isEqualTo("APPROVED");
        assertThat(change.detail).isEqualTo("ok");
        assertThat(order.status).isEqualTo(OrderStatus.APPROVED);
        order.decide(OrderStatus.IN_MANUAL_REVIEW, 1, 4L, T, "review", "hold");
        assertThat(order.status).isEqualTo(OrderStatus.APPROVED);
        assertThat(order.decisionSequence).isEqualTo(4);
        order.decide(OrderStatus.IN_MANUAL_REVIEW, 1, 5L, T, "review", "hold");
        assertThat(order.status).isEqualTo(OrderStatus.IN_MANUAL_REVIEW);
        order.decide(OrderStatus.APPROVED, 1, 2L, T, "auto", "stale");
        assertThat(order.status).isEqualTo(OrderStatus.IN_MANUAL_REVIEW);
        assertThat(order.decisionSequence).isEqualTo(5);
    }

    @Test
    void aConfirmationWithoutTheRequestTakesShippingsReasonAndPerson() {
        Order order = order(OrderStatus.APPROVED);
        order.requestCancellation("changed mind", "cs", T);
        OrderCancelled confirmed = new OrderCancelled(
                order.id, order.orderNumber, "APPROVED", "lost parcel", "shipping-clerk", T.plusSeconds(5), null);

        OrderStatusChange change =
                order.confirmCancellation(confirmed, T.plusSeconds(9)).orElseThrow();

        assertThat(order.cancelRequestId).isNull();
        assertThat(order.cancelReason).isEqualTo("lost parcel");
        assertThat(order.cancelRequestedBy).isEqualTo("shipping-clerk");
        assertThat(order.cancelRequestedAt).isEqualTo(T.plusSeconds(5));
        assertThat(order.cancelledAt).isEqualTo(T.plusSeconds(5));
        assertThat(order.cancelledBy).isEqualTo("shipping-clerk");
        assertThat(order.cancelAnsweredAt).isEqualTo(T.plusSeconds(9));
        assertThat(change.status).isEqualTo("CANCELLED");
        assertThat(change.actor).isEqualTo("shipping");
        assertThat(change.detail).isEqualTo("cancellation confirmed: lost parcel");
    }

    @Test
    void aConfirmationOfThePendingRequestKeepsTheRequestersReasonAndClearsARefusal() {
        Order order = order(OrderStatus.APPROVED);
        var request = order.requestCancellation("changed mind", "cs", T);
        assertThat(order.cancelRequestId).isEqualTo(request.requestId());
        assertThat(order.cancelReason).isEqualTo("changed mind");
        assertThat(order.cancelRequestedBy).isEqualTo("cs");
        assertThat(order.cancelRequestedAt).isEqualTo(T);
        assertThat(request.orderId()).isEqualTo(order.id);
        OrderCancelled confirmed = new OrderCancelled(
                order.id, order.orderNumber, "APPROVED", "other", "shipping-clerk", T, request.requestId());

        OrderStatusChange change = order.confirmCancellation(confirmed, T).orElseThrow();

        assertThat(order.cancelReason).isEqualTo("changed mind");
        assertThat(order.cancelRequestedBy).isEqualTo("cs");
        assertThat(order.cancelRefusalCode).isNull();
        assertThat(order.cancelRefusalReason).isNull();
        assertThat(change.detail).isEqualTo("cancellation confirmed: changed mind");
        assertThat(order.cancellationPending()).isFalse();
    }

    @Test
    void aRefusalIsRecordedOnlyForAPendingRequest() {
        Order order = order(OrderStatus.APPROVED);
        UUID someRequest = UUID.randomUUID();
        var refusal = new com.smartstore.oms.contracts.events.OrderCancelRefused(
                order.id, order.orderNumber, someRequest, "ALREADY_SHIPPED", "gone", T);
        assertThat(order.refuseCancellation(refusal, T)).isEmpty();
        assertThat(order.cancelStatus).isNull();

        var request = order.requestCancellation("changed mind", "cs", T);
        var answer = new com.smartstore.oms.contracts.events.OrderCancelRefused(
                order.id, order.orderNumber, request.requestId(), "ALREADY_SHIPPED", "the parcel has left", T);
        OrderStatusChange change =
                order.refuseCancellation(answer, T.plusSeconds(3)).orElseThrow();
        assertThat(change.status).isEqualTo("APPROVED");
        assertThat(change.detail).isEqualTo("cancellation refused (ALREADY_SHIPPED): the parcel has left");
        assertThat(order.cancelRefusalReason).isEqualTo("the parcel has left");
        assertThat(order.cancelAnsweredAt).isEqualTo(T.plusSeconds(3));
        assertThat(order.refuseCancellation(answer, T)).as("a duplicate answer").isEmpty();

        order.requestCancellation("again", "cs", T);
        assertThat(order.cancelRefusalCode)
                .as("a new request clears the old answer")
                .isNull();
        assertThat(order.cancelRefusalReason).isNull();
        assertThat(order.cancelAnsweredAt).isNull();
    }

    @Test
    void aPaymentStaysVouchedForOnlyWhenMethodAmountAndTimeAreAllUnchanged() {
        Order paid = order(OrderStatus.RECEIVED);
        paid.payment.method = PaymentMethod.ONLINE;
        paid.payment.amount = new BigDecimal("10.00");
        paid.payment.paidAt = T;
        paid.paymentVouchedBy("PLATFORM");

        paid.keepPaymentConfirmationIfUnchanged(PaymentMethod.CASH_ON_DELIVERY, new BigDecimal("10.00"), T);
        assertThat(paid.payment.confirmedBy).as("other method").isNull();

        paid.paymentVouchedBy("PLATFORM");
        paid.keepPaymentConfirmationIfUnchanged(PaymentMethod.ONLINE, new BigDecimal("10.00"), T.plusSeconds(1));
        assertThat(paid.payment.confirmedBy).as("other time").isNull();

        paid.paymentVouchedBy("PLATFORM");
        paid.keepPaymentConfirmationIfUnchanged(PaymentMethod.ONLINE, null, T);
        assertThat(paid.payment.confirmedBy).as("no amount vouched for").isNull();

        paid.paymentVouchedBy("PLATFORM");
        paid.payment.amount = null;
        paid.keepPaymentConfirmationIfUnchanged(PaymentMethod.ONLINE, new BigDecimal("10.00"), T);
        assertThat(paid.payment.confirmedBy).as("no amount now").isNull();

        paid.payment.amount = new BigDecimal("10.00");
        paid.paymentVouchedBy("PLATFORM");
        paid.payment.paidAt = null;
        paid.keepPaymentConfirmationIfUnchanged(PaymentMethod.ONLINE, new BigDecimal("10.00"), T);
        assertThat(paid.payment.confirmedBy).as("not paid now").isNull();
    }
}
