package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.LineQuantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer's redaction erases what they said; the goods, the reason code and who entered the ticket stay. */
class ReturnTicketRedactionTest {

    @Test
    void redactionErasesNotesPhotosAndContactNotesAndKeepsTheGoods() {
        ReturnTicket ticket = ReturnTicketTest.open(
                new ReturnRequest(
                        ReturnReason.QUALITY, null, null, "Too small for Rui", List.of("https://img.example/rui.jpg")),
                ReturnTicketTest.T0);
        ticket.recordContact(ContactChannel.PHONE, "Rui at +351 91", "after-sales", ReturnTicketTest.T0);
        ticket.recordContact(ContactChannel.EMAIL, null, "after-sales", ReturnTicketTest.T0);

        ticket.redact();

        assertThat(ticket.notes).isEqualTo(ReturnTicket.REDACTED);
        assertThat(ticket.photoUrls).isEmpty();
        assertThat(ticket.contacts).extracting(Contact::note).containsExactly(ReturnTicket.REDACTED, null);
        assertThat(ticket.toRequestedEvent().notes()).isEqualTo(ReturnTicket.REDACTED);
        assertThat(ticket.toRequestedEvent().reason()).isEqualTo("QUALITY");
        assertThat(ticket.toRequestedEvent().lines())
                .containsExactly(new LineQuantity("SKU-A", 1), new LineQuantity("SKU-B", 2));
        assertThat(ticket.requestedBy).isEqualTo("after-sales");
        assertThat(ticket.lines).allSatisfy(l -> assertThat(l.ticket).isSameAs(ticket));
    }
}
