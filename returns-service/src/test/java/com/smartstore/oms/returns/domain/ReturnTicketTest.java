package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ticket the policy opens (R-X2), its shipping instructions and its contact log (R-X3), without Quarkus. */
class ReturnTicketTest {
    static final UUID ORDER = UUID.randomUUID();
    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    static final ReturnPolicy POLICY = new ReturnPolicy(
            "v1", 7, 3, ZoneOffset.UTC, Set.of(), Set.of(ReturnReason.CHANGED_MIND), new BigDecimal("10"));
    static final ReturnTicket.ReturnAddress WAREHOUSE = new ReturnTicket.ReturnAddress("WH-R", "1 Return Rd");
    static final OrderGoods GOODS = new OrderGoods(
            ORDER,
            List.of(new OrderGoods.Parcel(T0, null)),
            Map.of(
                    "SKU-A", new OrderGoods.Goods("SKU-A", null, 1, 0),
                    "SKU-B", new OrderGoods.Goods("SKU-B", null, 2, 0)));

    static ReturnTicket open(ReturnRequest request, Instant at) {
        return ReturnTicket.open(
                ORDER,
                "SO-1",
                request,
                POLICY.check(GOODS, List.of(new LineQuantity("SKU-A", 1), new LineQuantity("SKU-B", 2)), at),
                POLICY,
                WAREHOUSE,
                Duration.ofHours(24),
                "after-sales",
                at);
    }

    @Test
    void anOrderThatWasNeverShippedCannotBeReturned() {
        Eligibility notShipped = POLICY.check(new OrderGoods(ORDER, List.of(), Map.of()), List.of(), T0);
        ReturnRequest request = new ReturnRequest(ReturnReason.QUALITY, null, null, null, null);
        assertThatThrownBy(() -> ReturnTicket.open(
                        ORDER, null, request, notShipped, POLICY, WAREHOUSE, Duration.ofHours(1), "cs", T0))
                .isInstanceOf(Refusal.class)
                .hasMessage(
                        "order " + ORDER + " has not been shipped; a return can be requested only for a shipped order")
                .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo("order-not-shipped"));
    }

    @Test
    void aTicketCarriesTheEligibleGoodsTheShippingInstructionsAndIsPublishedAsRequested() {
        Instant at = T0.plusSeconds(60);
        ReturnTicket ticket = open(
                new ReturnRequest(
                        ReturnReason.CHANGED_MIND,
                        RequestedOutcome.EXCHANGE,
                        " size L ",
                        " Too small ",
                        List.of("https://img.example/1.jpg", "https://img.example/1.jpg")),
                at);

        assertThat(ticket.status).isEqualTo(ReturnStatus.REQUESTED);
        assertThat(ticket.lines).extracting(l -> l.lineNo).containsExactly(1, 2);
        assertThat(ticket.exchangeSpecification).isEqualTo("size L");
        assertThat(ticket.notes).isEqualTo("Too small");
        assertThat(ticket.photoUrls).containsExactly("https://img.example/1.jpg");
        assertThat(ticket.returnWarehouse).isEqualTo("WH-R");
        assertThat(ticket.returnAddress).isEqualTo("1 Return Rd");
        assertThat(ticket.shippingPaidBy).isEqualTo(ShippingPayer.CUSTOMER);
        assertThat(ticket.restockingFeePercent).isEqualByComparingTo("10");
        assertThat(ticket.policyVersion).isEqualTo("v1");
        assertThat(ticket.contactDueAt).isEqualTo(at.plus(Duration.ofHours(24)));
        ReturnRequested event = ticket.toRequestedEvent();
        assertThat(event.returnId()).isEqualTo(ticket.id);
        assertThat(event.orderId()).isEqualTo(ORDER);
        assertThat(event.reason()).isEqualTo("CHANGED_MIND");
        assertThat(event.requestedOutcome()).isEqualTo("EXCHANGE");
        assertThat(event.notes()).isEqualTo("Too small");
        assertThat(event.lines()).containsExactly(new LineQuantity("SKU-A", 1), new LineQuantity("SKU-B", 2));
        assertThat(event.requestedBy()).isEqualTo("after-sales");
        assertThat(event.requestedAt()).isEqualTo(at);
    }

    @Test
    void theStorePaysReturnShippingForItsOwnFaultsWithoutAFee() {
        ReturnTicket ticket = open(new ReturnRequest(ReturnReason.WRONG_ITEM, null, "ignored", "  ", null), T0);
        assertThat(ticket.shippingPaidBy).isEqualTo(ShippingPayer.STORE);
        assertThat(ticket.restockingFeePercent).isEqualByComparingTo("0");
        assertThat(ticket.requestedOutcome).isEqualTo(RequestedOutcome.REFUND);
        assertThat(ticket.exchangeSpecification).isNull();
        assertThat(ticket.notes).isNull();
    }

    @Test
    void anExchangeMustNameTheNewSpecificationAndAReasonIsRequired() {
        assertThatThrownBy(() -> new ReturnRequest(ReturnReason.QUALITY, RequestedOutcome.EXCHANGE, " ", null, null))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo("exchange-specification-missing"));
        assertThatThrownBy(() -> new ReturnRequest(null, null, null, null, null))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo("reason-missing"));
    }

    @Test
    void theFirstContactMeetsTheDeadlineAndLaterOnesAreLogged() {
        ReturnTicket ticket = open(new ReturnRequest(ReturnReason.QUALITY, null, null, null, null), T0);
        assertThat(ticket.contactOverdue(T0.plus(Duration.ofHours(24)))).isFalse();
        assertThat(ticket.contactOverdue(T0.plus(Duration.ofHours(25)))).isTrue();

        ticket.recordContact(ContactChannel.PHONE, " Agreed pickup ", "after-sales", T0.plusSeconds(3600));
        ticket.recordContact(ContactChannel.EMAIL, null, "after-sales", T0.plusSeconds(7200));

        assertThat(ticket.contactedAt).isEqualTo(T0.plusSeconds(3600));
        assertThat(ticket.contacts)
                .extracting(Contact::channel, Contact::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ContactChannel.PHONE, "Agreed pickup"),
                        org.assertj.core.groups.Tuple.tuple(ContactChannel.EMAIL, null));
        assertThat(ticket.contactOverdue(T0.plus(Duration.ofDays(3)))).isFalse();
        assertThatThrownBy(() -> ticket.recordContact(null, "x", "a", T0)).isInstanceOf(Refusal.class);
    }
}
