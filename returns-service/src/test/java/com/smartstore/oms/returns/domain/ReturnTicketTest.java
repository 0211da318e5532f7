package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.ReturnRequested;
import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The return policy and the ticket it opens, without Quarkus. */
class ReturnTicketTest {
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final ReturnPolicy POLICY =
            new ReturnPolicy("v1", 7, 3, ZoneOffset.UTC, Set.of(), Set.of(), BigDecimal.ZERO);

    @Test
    void anOrderThatWasNeverShippedCannotBeReturned() {
        Eligibility notShipped = POLICY.check(new OrderGoods(ORDER, List.of(), Map.of()), List.of(), T0);
        assertThatThrownBy(() -> ReturnTicket.open(ORDER, "Wrong size", notShipped, "customer-service", T0))
                .isInstanceOf(Refusal.class)
                .hasMessage(
                        "order " + ORDER + " has not been shipped; a return can be requested only for a shipped order")
                .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo("order-not-shipped"));
    }

    @Test
    void aShippedOrderOpensATicketThatIsPublishedAsRequested() {
        OrderGoods goods = new OrderGoods(
                ORDER,
                List.of(new OrderGoods.Parcel(T0, null)),
                Map.of(
                        "SKU-A", new OrderGoods.Goods("SKU-A", null, 1, 0),
                        "SKU-B", new OrderGoods.Goods("SKU-B", null, 2, 0)));
        Eligibility eligible = POLICY.check(
                goods, List.of(new LineQuantity("SKU-A", 1), new LineQuantity("SKU-B", 2)), T0.plusSeconds(60));
        ReturnTicket ticket = ReturnTicket.open(ORDER, " Damaged ", eligible, "after-sales", T0.plusSeconds(60));

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
