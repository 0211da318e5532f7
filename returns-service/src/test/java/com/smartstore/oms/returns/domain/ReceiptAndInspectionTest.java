package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.Disposition;
import com.smartstore.oms.contracts.events.ReturnReceived;
import com.smartstore.oms.kit.domain.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Receipt of returned goods and their inspection (R-X4, R-X5), without Quarkus. */
class ReceiptAndInspectionTest {
    private static final Instant RECEIVED = ReturnTicketTest.T0.plusSeconds(86_400);
    private static final Instant INSPECTED = RECEIVED.plusSeconds(3600);

    private static ReturnTicket ticket(ReturnReason reason) {
        return ReturnTicketTest.open(new ReturnRequest(reason, null, null, null, null), ReturnTicketTest.T0);
    }

    private static Refusal refusal(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aReceiptRecordsWhatCameBackAndNamesWhatDoesNotMatch() {
        ReturnTicket ticket = ticket(ReturnReason.QUALITY);
        Refusal wrong = refusal(() -> ticket.receive(Map.of("SKU-A", 2, "SKU-X", 1), null, "wh", RECEIVED));
        assertThat(wrong.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
        assertThat(wrong.code()).isEqualTo("receipt-does-not-match");
        assertThat(wrong.getMessage())
                .contains("sku SKU-A: 2 received, but only 1 were to be returned")
                .contains("sku SKU-X: not on return " + ticket.id);
        assertThat(refusal(() -> ticket.receive(Map.of("SKU-A", 0), null, "wh", RECEIVED))
                        .code())
                .isEqualTo("nothing-received");
        assertThat(ticket.status).isEqualTo(ReturnStatus.REQUESTED);

        ticket.receive(Map.of("SKU-B", 2), " box dented ", "wh", RECEIVED);

        assertThat(ticket.status).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(ticket.lines).extracting(l -> l.receivedQuantity).containsExactly(0, 2);
        assertThat(ticket.receiptNote).isEqualTo("box dented");
        assertThat(ticket.receivedBy).isEqualTo("wh");
        assertThat(ticket.receivedAt).isEqualTo(RECEIVED);
        assertThat(refusal(() -> ticket.receive(Map.of("SKU-B", 2), null, "wh", RECEIVED))
                        .code())
                .isEqualTo("return-not-awaiting-goods");
    }

    @Test
    void inspectionGradesEveryReceivedLineAndPublishesWhatCameBack() {
        ReturnTicket ticket = ticket(ReturnReason.QUALITY);
        assertThat(refusal(() -> ticket.inspect(ReturnTicketTest.POLICY, List.of(), null, "as", INSPECTED))
                        .code())
                .isEqualTo("return-not-received");
        ticket.receive(Map.of("SKU-A", 1, "SKU-B", 2), null, "wh", RECEIVED);

        Refusal missing = refusal(() -> ticket.inspect(
                ReturnTicketTest.POLICY,
                List.of(
                        new Inspection("SKU-A", "ok", ItemDisposition.RESELLABLE),
                        new Inspection("SKU-A", "ok", ItemDisposition.RESELLABLE),
                        new Inspection("SKU-Z", "?", ItemDisposition.DEFECTIVE)),
                null,
                "as",
                INSPECTED));
        assertThat(missing.getMessage())
                .isEqualTo("lines: sku SKU-A: graded twice; sku SKU-Z: nothing of it came back;"
                        + " sku SKU-B: came back but is not graded");

        ReturnReceived event = ticket.inspect(
                ReturnTicketTest.POLICY,
                List.of(
                        new Inspection("SKU-A", " as new ", ItemDisposition.RESELLABLE),
                        new Inspection("SKU-B", "cracked by a fall", ItemDisposition.DAMAGED_BY_CUSTOMER)),
                " ok ",
                "after-sales",
                INSPECTED);

        assertThat(ticket.status).isEqualTo(ReturnStatus.INSPECTED);
        assertThat(ticket.lines).extracting(l -> l.eligible).containsExactly(true, false);
        assertThat(ticket.lines).extracting(l -> l.condition).containsExactly("as new", "cracked by a fall");
        assertThat(ticket.anyEligible()).isTrue();
        assertThat(ticket.inspectionNote).isEqualTo("ok");
        assertThat(event.returnId()).isEqualTo(ticket.id);
        assertThat(event.warehouse()).isEqualTo("WH-R");
        assertThat(event.receivedBy()).isEqualTo("wh");
        assertThat(event.receivedAt()).isEqualTo(RECEIVED);
        assertThat(event.items())
                .containsExactly(
                        new ReturnReceived.Item("SKU-A", 1, Disposition.RESELLABLE, "as new"),
                        new ReturnReceived.Item("SKU-B", 2, Disposition.DAMAGED_BY_CUSTOMER, "cracked by a fall"));
    }

    @Test
    void linesThatDidNotComeBackAreNotGraded() {
        ReturnTicket ticket = ticket(ReturnReason.WRONG_ITEM);
        ticket.receive(Map.of("SKU-B", 1), null, "wh", RECEIVED);
        ReturnReceived event = ticket.inspect(
                ReturnTicketTest.POLICY,
                List.of(new Inspection("SKU-B", "faulty zip", ItemDisposition.REPAIRABLE)),
                null,
                "as",
                INSPECTED);
        assertThat(event.items()).extracting(ReturnReceived.Item::sku).containsExactly("SKU-B");
        assertThat(ticket.lines).extracting(l -> l.eligible).containsExactly(null, true);
        assertThatThrownBy(() -> ticket.inspect(ReturnTicketTest.POLICY, List.of(), null, "as", INSPECTED))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void thePolicyCoversFaultyGoodsOnlyWhenTheFaultIsTheStores() {
        ReturnPolicy policy = ReturnTicketTest.POLICY;
        for (ReturnReason reason : ReturnReason.values()) {
            assertThat(policy.coversAfterInspection(reason, ItemDisposition.RESELLABLE))
                    .isTrue();
            assertThat(policy.coversAfterInspection(reason, ItemDisposition.DAMAGED_BY_CUSTOMER))
                    .isFalse();
        }
        assertThat(policy.coversAfterInspection(ReturnReason.QUALITY, ItemDisposition.DEFECTIVE))
                .isTrue();
        assertThat(policy.coversAfterInspection(ReturnReason.NOT_AS_DESCRIBED, ItemDisposition.REPAIRABLE))
                .isTrue();
        assertThat(policy.coversAfterInspection(ReturnReason.CHANGED_MIND, ItemDisposition.DEFECTIVE))
                .isFalse();
        assertThat(policy.coversAfterInspection(ReturnReason.OTHER, ItemDisposition.REPAIRABLE))
                .isFalse();
    }
}
