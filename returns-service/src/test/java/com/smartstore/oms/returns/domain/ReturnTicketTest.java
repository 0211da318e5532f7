package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.domain.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The return policy and the ticket it opens, without Quarkus. */
class ReturnTicketTest {
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void anOrderThatWasNeverShippedCannotBeReturned() {
        assertThatThrownBy(() -> ReturnTicket.open(ORDER, "Wrong size", List.of(), List.of(), "customer-service", T0))
                .isInstanceOf(Refusal.class)
                .hasMessage(
                        "order " + ORDER + " has not been shipped; a return can be requested only for a shipped order")
                .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo("order-not-shipped"));
    }

    @Test
    void aShippedOrderOpensATicketThatIsPublishedAsRequested() {
        ShippedOrder shipment =
                ShippedOrder.from(new Shipped(ORDER, UUID.randomUUID(), "CTT", "RR1PT", null, "shipping", T0), T0);
        ReturnTicket ticket = ReturnTicket.open(
                ORDER,
                " Damaged ",
                List.of(new LineQuantity("SKU-A", 1), new LineQuantity("SKU-B", 2)),
                List.of(shipment),
                "after-sales",
                T0.plusSeconds(60));

        assertThat(ticket.status).isEqualTo(ReturnStatus.REQUESTED);
        assertThat(ticket.reason).isEqualTo("Damaged");
        assertThat(ticket.lines).extracting(l -> l.lineNo).containsExactly(1, 2);
        ReturnRequested event = ticket.toRequestedEvent();
        assertThat(event.returnId()).isEqualTo(ticket.id);
        assertThat(event.orderId()).isEqualTo(ORDER);
        assertThat(event.lines()).containsExactly(new LineQuantity("SKU-A", 1), new LineQuantity("SKU-B", 2));
        assertThat(event.requestedBy()).isEqualTo("after-sales");
        assertThat(event.requestedAt()).isEqualTo(T0.plusSeconds(60));
    }
}
