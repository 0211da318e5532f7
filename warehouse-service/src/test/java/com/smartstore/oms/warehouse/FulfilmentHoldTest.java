package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.testing.Deliver;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 1: the warehouse follows review's newest decision by sequence. A hold or a rejection after the
 * approval stops picking and packing (409); a rejection also gives back what open pick lists reserved and stops
 * waiting backorders; a newer approval resumes.
 */
@QuarkusTest
class FulfilmentHoldTest {

    @Test
    void aHoldAfterApprovalStopsPickingAndPackingUntilANewerApproval() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 5);
        UUID orderId = UUID.randomUUID();
        LineQuantity line = new LineQuantity(sku, 2);
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, 1L, line));
        String pickListId = (String) Fixtures.awaitPickList(orderId).get("id");

        hold(orderId, 2L, "The new delivery address is not deliverable");
        Fixtures.confirm(pickListId, Map.of())
                .statusCode(409)
                .body("error", is("order-on-hold"))
                .body("message", containsString("The new delivery address is not deliverable"));
        Map<String, Object> shown = Fixtures.pickList(pickListId);
        assertThat(shown).containsEntry("status", "OPEN");
        assertThat(shown.get("hold").toString()).contains("HELD", "not deliverable");

        // The first approval again (another event id, same sequence): the hold stays.
        approve(orderId, 1L, line);
        Fixtures.confirm(pickListId, Map.of()).statusCode(409).body("error", is("order-on-hold"));

        approve(orderId, 3L, line);
        Fixtures.confirm(pickListId, Map.of()).statusCode(200).body("status", is("PICKED"));
        assertThat(Fixtures.pickList(pickListId).get("hold")).isNull();

        // Held again after the pick: packing waits (the goods stay packed-to-be), a newer approval resumes it.
        hold(orderId, 4L, "A payment failed after approval");
        Fixtures.pack(pickListId, null)
                .statusCode(409)
                .body("error", is("order-on-hold"))
                .body("message", containsString("A payment failed after approval"));
        approve(orderId, 5L, line);
        Fixtures.pack(pickListId, null).statusCode(200).body("status", is("PACKED"));
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("onHand", 3).containsEntry("reserved", 0);
    }

    @Test
    void anOlderHoldArrivingAfterTheApprovalChangesNothing() {
        Fixtures.Picking order = orderApprovedAt(3L, 4, 1);

        hold(order.orderId(), 2L, "Sent to manual review before the approval");

        Fixtures.confirm(order.pickListId(), Map.of()).statusCode(200);
        assertThat(Fixtures.pickList(order.pickListId()).get("hold")).isNull();
    }

    @Test
    void anApprovalOlderThanAHoldStillReservesButStaysHeld() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 5);
        UUID orderId = UUID.randomUUID();
        hold(orderId, 2L, "Amended lines exceed the credit limit");

        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, 1L, new LineQuantity(sku, 3)));
        String pickListId = (String) Fixtures.awaitPickList(orderId).get("id");

        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("reserved", 3);
        Fixtures.confirm(pickListId, Map.of())
                .statusCode(409)
                .body("error", is("order-on-hold"))
                .body("message", containsString("credit limit"));
    }

    @Test
    void aRejectionAfterApprovalReleasesOpenReservationsUntilANewerApprovalReservesAgain() {
        Fixtures.Picking order = orderApprovedAt(1L, 5, 2);
        assertThat(Fixtures.stock(order.warehouse(), order.sku())).containsEntry("reserved", 2);

        reject(order.orderId(), 2L, "Stolen card reported by the bank");

        assertThat(Fixtures.stock(order.warehouse(), order.sku()))
                .containsEntry("onHand", 5)
                .containsEntry("reserved", 0);
        Fixtures.confirm(order.pickListId(), Map.of())
                .statusCode(409)
                .body("error", is("order-rejected"))
                .body("message", containsString("Stolen card"));
        assertThat(Fixtures.pickList(order.pickListId()).get("hold").toString()).contains("REJECTED");

        // A late copy of the old approval reserves nothing; a newer approval reserves again.
        approve(order.orderId(), 1L, new LineQuantity(order.sku(), 2));
        assertThat(Fixtures.stock(order.warehouse(), order.sku())).containsEntry("reserved", 0);
        approve(order.orderId(), 3L, new LineQuantity(order.sku(), 2));
        assertThat(Fixtures.stock(order.warehouse(), order.sku())).containsEntry("reserved", 2);
        assertThat(Fixtures.pickLists(order.orderId()))
                .extracting(p -> p.get("status"))
                .containsExactlyInAnyOrder("REJECTED", "OPEN");
    }

    @Test
    void aRejectionStopsAWaitingBackorder() {
        String sku = Fixtures.newSku();
        UUID orderId = UUID.randomUUID();
        approve(orderId, 1L, new LineQuantity(sku, 2));
        assertThat(Fixtures.backorders(orderId)).hasSize(1);

        reject(orderId, 2L, "Customer on the blacklist");

        assertThat(Fixtures.backorders(orderId)).isEmpty();
        String warehouse = Fixtures.newWarehouse();
        Fixtures.receive("warehouse", Map.of("warehouse", warehouse, "sku", sku, "quantity", 2))
                .statusCode(200);
        assertThat(Fixtures.pickLists(orderId)).isEmpty();
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("available", 2);
    }

    private static Fixtures.Picking orderApprovedAt(long sequence, int onHand, int ordered) {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, onHand);
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, sequence, new LineQuantity(sku, ordered)));
        return new Fixtures.Picking(warehouse, sku, orderId, (String)
                Fixtures.awaitPickList(orderId).get("id"));
    }

    private static void approve(UUID orderId, long sequence, LineQuantity line) {
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, sequence, line));
    }

    private static void hold(UUID orderId, long sequence, String why) {
        Deliver.event(Events.ORDER_HELD, Fixtures.held(orderId, 2, sequence, "address", why));
    }

    private static void reject(UUID orderId, long sequence, String why) {
        Deliver.event(Events.ORDER_REJECTED, Fixtures.rejected(orderId, 2, sequence, why));
    }
}
