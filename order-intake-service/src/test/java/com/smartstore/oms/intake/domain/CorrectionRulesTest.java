package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A rejected order corrected and resubmitted as its next revision (R-I9), by the order itself: plain tests. */
class CorrectionRulesTest {
    static final Instant PAID = Instant.parse("2026-12-06T09:00:00Z");
    static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    static OrderContent content(String quantityOfMugs, String paid) {
        Customer customer = new Customer();
        customer.name = "Rita Sousa";
        customer.email = "rita@example.org";
        customer.pseudonym = "c-rita";
        ShipTo shipTo = new ShipTo();
        shipTo.line1 = "Rua das Flores 12";
        shipTo.city = "Porto";
        shipTo.postalCode = "4050-262";
        shipTo.country = "PT";
        PaymentPlan payment = new PaymentPlan();
        payment.method = PaymentMethod.ONLINE;
        payment.amount = new BigDecimal(paid);
        payment.paidAt = PAID;
        return new OrderContent(
                customer,
                shipTo,
                null,
                "Happy birthday",
                null,
                payment,
                List.of(new OrderContent.Line(
                        "MUG", "Mug", null, Integer.parseInt(quantityOfMugs), new BigDecimal("5.00"), BigDecimal.ZERO)),
                new BigDecimal("3.00"),
                null);
    }

    static Order rejected() {
        Order order = new Order();
        order.id = UUID.randomUUID();
        order.orderNumber = "SO-8";
        order.revision = 1;
        order.channel = com.smartstore.oms.contracts.events.SalesChannel.SHOPIFY;
        order.currency = "EUR";
        order.receivedAt = PAID;
        order.fill(content("2", "13.00"));
        order.paymentVouchedBy("SHOPIFY");
        order.status = OrderStatus.REJECTED;
        return order;
    }

    @Test
    void aCorrectionIsTheNextRevisionBackInReceivedWithItsEvent() {
        Order order = rejected();
        List<OrderLine> before = List.copyOf(order.lines);

        Order.Corrected corrected = order.correct(content("3", "13.00"), AT);

        assertThat(order.revision).isEqualTo(2);
        assertThat(order.status).isEqualTo(OrderStatus.RECEIVED);
        assertThat(corrected.replaced()).containsExactlyElementsOf(before);
        assertThat(order.lines)
                .singleElement()
                .satisfies(l -> assertThat(l.quantity).isEqualTo(3));
        assertThat(order.totalAmount).isEqualByComparingTo("18.00");
        OrderReceived event = corrected.event();
        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.receivedAt()).isEqualTo(AT);
        assertThat(event.totalAmount()).isEqualByComparingTo("18.00");
        assertThat(event.shippingAddress().city()).isEqualTo("Porto");
    }

    @Test
    void onlyARejectedOrderCanBeCorrected() {
        Order order = rejected();
        order.status = OrderStatus.APPROVED;

        assertThatThrownBy(() -> order.correct(content("3", "13.00"), AT))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(r.code()).isEqualTo("not-rejected");
                })
                .hasMessageEndingWith("order SO-8 is APPROVED");
        assertThat(order.revision).isEqualTo(1);
    }

    @Test
    void aVouchedPaymentStaysVouchedOnlyIfTheCorrectionLeavesItAsItWas() {
        Order same = rejected();
        same.correct(content("3", "13.00"), AT);
        assertThat(same.payment.confirmedBy).isEqualTo("SHOPIFY");

        Order changed = rejected();
        changed.correct(content("3", "18.00"), AT);
        assertThat(changed.payment.confirmedBy)
                .as("a clerk cannot vouch for a payment")
                .isNull();
    }

    @Test
    void anOrderThatWouldHoldMoreThanItsColumnsIsRefused() {
        Order order = rejected();

        assertThatThrownBy(() -> order.correct(content("2000000000", "13.00"), AT))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("amount-too-large"));
    }
}
