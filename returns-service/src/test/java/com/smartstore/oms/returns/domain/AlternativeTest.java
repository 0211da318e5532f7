package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.ReturnOutcome;
import com.smartstore.oms.contracts.events.ReturnResolved;
import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Goods the policy does not cover: an explained alternative, carried out only with the customer's consent (R-X4). */
class AlternativeTest {
    private static final Instant AT = ReturnTicketTest.T0.plusSeconds(86_400);

    private static ReturnTicket inspected(ItemDisposition disposition) {
        ReturnTicket ticket = ReturnTicketTest.open(
                new ReturnRequest(ReturnReason.CHANGED_MIND, null, null, null, null), ReturnTicketTest.T0);
        ticket.receive(Map.of("SKU-A", 1), null, "wh", AT);
        ticket.inspect(ReturnTicketTest.POLICY, List.of(new Inspection("SKU-A", "worn", disposition)), null, "as", AT);
        return ticket;
    }

    private static String refusedCode(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anAlternativeIsCarriedOutOnlyOnceTheCustomerConsents() {
        ReturnTicket ticket = inspected(ItemDisposition.DAMAGED_BY_CUSTOMER);
        assertThat(refusedCode(() -> ticket.consent(true, null, "EUR", "cs", AT)))
                .isEqualTo("no-alternative-offered");

        ticket.offerAlternative(Alternative.REPAIR, " Scratches from use; we can polish it ", null, "as", AT);
        assertThat(ticket.status).isEqualTo(ReturnStatus.ALTERNATIVE_OFFERED);
        assertThat(ticket.alternativeExplanation).isEqualTo("Scratches from use; we can polish it");

        assertThat(ticket.consent(false, "wants it back as is", "EUR", "cs", AT))
                .isNull();
        assertThat(ticket.status).isEqualTo(ReturnStatus.INSPECTED);
        assertThat(ticket.declinedAlternatives)
                .singleElement()
                .satisfies(d -> assertThat(d.alternative()).isEqualTo(Alternative.REPAIR));

        ticket.offerAlternative(Alternative.RETURN_TO_CUSTOMER, "Sent back at our cost", null, "as", AT);
        ReturnResolved resolved = ticket.consent(true, " by phone ", "EUR", "cs", AT.plusSeconds(60));

        assertThat(ticket.status).isEqualTo(ReturnStatus.RESOLVED);
        assertThat(ticket.outcome).isEqualTo(ReturnOutcome.RETURNED_TO_CUSTOMER);
        assertThat(ticket.consentNote).isEqualTo("by phone");
        assertThat(ticket.consentedBy).isEqualTo("cs");
        assertThat(resolved.outcome()).isEqualTo(ReturnOutcome.RETURNED_TO_CUSTOMER);
        assertThat(resolved.refundAmount()).isNull();
        assertThat(resolved.currency()).isNull();
    }

    @Test
    void aPartialCompensationNamesItsAmountWhichTheResolutionCarries() {
        ReturnTicket ticket = inspected(ItemDisposition.DEFECTIVE);
        assertThat(refusedCode(
                        () -> ticket.offerAlternative(Alternative.PARTIAL_COMPENSATION, "Half back", null, "as", AT)))
                .isEqualTo("compensation-amount-missing");
        assertThat(refusedCode(() -> ticket.offerAlternative(Alternative.REPAIR, " ", null, "as", AT)))
                .isEqualTo("alternative-incomplete");

        ticket.offerAlternative(Alternative.PARTIAL_COMPENSATION, "Half back", new BigDecimal("12.50"), "as", AT);
        ReturnResolved resolved = ticket.consent(true, null, "EUR", "cs", AT);

        assertThat(resolved.outcome()).isEqualTo(ReturnOutcome.PARTIALLY_COMPENSATED);
        assertThat(resolved.refundAmount()).isEqualByComparingTo("12.50");
        assertThat(resolved.currency()).isEqualTo("EUR");
    }

    @Test
    void eligibleOrUninspectedGoodsGetNoAlternative() {
        ReturnTicket eligible = inspected(ItemDisposition.RESELLABLE);
        assertThat(refusedCode(() -> eligible.offerAlternative(Alternative.REPAIR, "x", null, "as", AT)))
                .isEqualTo("return-eligible");
        ReturnTicket open = ReturnTicketTest.open(
                new ReturnRequest(ReturnReason.QUALITY, null, null, null, null), ReturnTicketTest.T0);
        assertThat(refusedCode(() -> open.offerAlternative(Alternative.REPAIR, "x", null, "as", AT)))
                .isEqualTo("return-not-inspected");
    }
}
