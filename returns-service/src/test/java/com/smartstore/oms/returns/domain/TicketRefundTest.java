package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.RefundIssued;
import com.smartstore.oms.contracts.events.ReturnOutcome;
import com.smartstore.oms.contracts.events.ReturnResolved;
import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Refunding a ticket's eligible goods and resolving it (R-X4..R-X6), without Quarkus. */
class TicketRefundTest {
    private static final Instant AT = ReturnTicketTest.T0.plusSeconds(3 * 86_400);
    // SKU-A 1 x 30.00; SKU-B 2 x 10.00 with 2.00 off the line; 5.00 shipping.
    private static final RefundCalculation.PaidOrder PAID = new RefundCalculation.PaidOrder(
            List.of(
                    new RefundCalculation.PaidLine("SKU-A", 1, new BigDecimal("30.00"), null),
                    new RefundCalculation.PaidLine("SKU-B", 2, new BigDecimal("10.00"), new BigDecimal("2.00"))),
            null,
            new BigDecimal("5.00"),
            "EUR");

    private static ReturnTicket inspected(ReturnReason reason, ItemDisposition a, ItemDisposition b) {
        ReturnTicket ticket =
                ReturnTicketTest.open(new ReturnRequest(reason, null, null, null, null), ReturnTicketTest.T0);
        ticket.receive(Map.of("SKU-A", 1, "SKU-B", 2), null, "wh", AT);
        ticket.inspect(
                ReturnTicketTest.POLICY,
                List.of(new Inspection("SKU-A", "a", a), new Inspection("SKU-B", "b", b)),
                null,
                "as",
                AT);
        return ticket;
    }

    @Test
    void onlyEligibleGoodsAreRefundedAndTheTicketWaitsForFinance() {
        ReturnTicket ticket =
                inspected(ReturnReason.QUALITY, ItemDisposition.DEFECTIVE, ItemDisposition.DAMAGED_BY_CUSTOMER);
        ticket.startRefundClock(AT.plusSeconds(86_400));
        assertThat(ticket.refundDueAt).isEqualTo(AT.plusSeconds(86_400));

        Refund refund = ticket.issueRefund(PAID, "after-sales", AT);

        assertThat(ticket.status).isEqualTo(ReturnStatus.REFUND_ISSUED);
        assertThat(refund.amount).isEqualTo(new BigDecimal("30.00"));
        assertThat(refund.shippingRefund).isEqualTo(new BigDecimal("0.00"));
        assertThat(refund.status).isEqualTo(RefundStatus.REQUESTED);
        RefundIssued event = refund.toIssuedEvent();
        assertThat(event.returnId()).isEqualTo(ticket.id);
        assertThat(event.lines()).containsExactly(new RefundIssued.Line("SKU-A", 1, new BigDecimal("30.00")));
        assertThat(event.orderNumber()).isEqualTo("SO-1");
        assertThatThrownBy(() -> ticket.issueRefund(PAID, "after-sales", AT))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("only an INSPECTED return is refunded");

        refund.confirm(" PAY-1 ", "finance", AT.plusSeconds(60));
        ReturnResolved resolved =
                ticket.resolve(ReturnOutcome.REFUNDED, refund.amount, refund.currency, "finance", AT.plusSeconds(60));
        assertThat(refund.payoutReference).isEqualTo("PAY-1");
        assertThat(ticket.status).isEqualTo(ReturnStatus.RESOLVED);
        assertThat(resolved.outcome()).isEqualTo(ReturnOutcome.REFUNDED);
        assertThat(resolved.refundAmount()).isEqualTo(new BigDecimal("30.00"));
        assertThatThrownBy(() -> refund.confirm(null, "finance", AT)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> ticket.resolve(ReturnOutcome.REFUNDED, null, null, "x", AT))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void everythingBackForTheStoresFaultRefundsShippingTooAndAFeeOnlyForTheCustomersChoice() {
        Refund all = inspected(ReturnReason.WRONG_ITEM, ItemDisposition.RESELLABLE, ItemDisposition.RESELLABLE)
                .issueRefund(PAID, "as", AT);
        assertThat(all.goodsAmount).isEqualTo(new BigDecimal("48.00"));
        assertThat(all.shippingRefund).isEqualTo(new BigDecimal("5.00"));
        assertThat(all.amount).isEqualTo(new BigDecimal("53.00"));

        // CHANGED_MIND: the customer pays shipping and a 10 % fee (ReturnTicketTest.POLICY).
        Refund mind = inspected(ReturnReason.CHANGED_MIND, ItemDisposition.RESELLABLE, ItemDisposition.RESELLABLE)
                .issueRefund(PAID, "as", AT);
        assertThat(mind.restockingFee).isEqualTo(new BigDecimal("4.80"));
        assertThat(mind.shippingRefund).isEqualTo(new BigDecimal("0.00"));
        assertThat(mind.amount).isEqualTo(new BigDecimal("43.20"));
    }

    @Test
    void nothingEligibleIsNotRefundedAndStartsNoClock() {
        ReturnTicket ticket =
                inspected(ReturnReason.CHANGED_MIND, ItemDisposition.DEFECTIVE, ItemDisposition.DAMAGED_BY_CUSTOMER);
        ticket.startRefundClock(AT);
        assertThat(ticket.refundDueAt).isNull();
        assertThatThrownBy(() -> ticket.issueRefund(PAID, "as", AT))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo("nothing-to-refund"));
    }

    @Test
    void anExchangeReplacesTheEligibleGoodsAndResolvesTheTicket() {
        ReturnTicket ticket =
                inspected(ReturnReason.QUALITY, ItemDisposition.DEFECTIVE, ItemDisposition.DAMAGED_BY_CUSTOMER);
        var events = ticket.exchange(" size L ", "after-sales", AT);
        assertThat(events).hasSize(2);
        var exchange = (com.smartstore.oms.contracts.events.ExchangeRequested) events.get(0);
        assertThat(exchange.lines())
                .containsExactly(new com.smartstore.oms.contracts.events.ExchangeRequested.Line("SKU-A", 1, "size L"));
        assertThat(((ReturnResolved) events.get(1)).outcome()).isEqualTo(ReturnOutcome.EXCHANGED);
        assertThat(ticket.status).isEqualTo(ReturnStatus.RESOLVED);
        assertThatThrownBy(() -> ticket.exchange(null, "after-sales", AT)).isInstanceOf(Refusal.class);
    }
}
