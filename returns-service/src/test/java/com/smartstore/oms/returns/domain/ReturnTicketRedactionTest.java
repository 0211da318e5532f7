package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.LineQuantity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A customer's redaction erases the reason they gave; the goods and who entered the ticket stay. */
class ReturnTicketRedactionTest {
    private static final UUID ORDER = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void redactionErasesTheReasonAndKeepsTheTrimmedGoods() {
        Eligibility eligible =
                new Eligibility(true, List.of(), List.of(new LineQuantity(" SKU-A ", 1)), T0, true, T0, "v1");
        ReturnTicket ticket = ReturnTicket.open(ORDER, "Too small for Rui", eligible, "desk", T0);

        ticket.redact();

        assertThat(ticket.toRequestedEvent().reason()).isEqualTo(ReturnTicket.REDACTED);
        assertThat(ticket.toRequestedEvent().lines()).containsExactly(new LineQuantity("SKU-A", 1));
        assertThat(ticket.requestedBy).isEqualTo("desk");
        assertThat(ticket.lines)
                .singleElement()
                .satisfies(l -> assertThat(l.ticket).isSameAs(ticket));
    }
}
