package com.smartstore.oms.shipping;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.kit.testing.Deliver;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 1: review's newest decision (by {@code sequence}) rules dispatch. A hold or rejection after the
 * approval stops the parcel (409) until a later approval; a decision older than the one known changes nothing,
 * whatever order the three topics deliver them in.
 */
@QuarkusTest
class FulfilmentHoldTest {
    private static final Map<String, Object> DISPATCH = Map.of("carrier", "CTT", "trackingNumber", "RR9PT");

    @Test
    void aHoldAfterTheApprovalStopsDispatchUntilALaterApproval() {
        UUID orderId = UUID.randomUUID();
        String shipment = Fixtures.packedOrder(orderId, "Faro");
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1L));
        Deliver.event(Events.ORDER_HELD, Fixtures.held(orderId, 2L));

        Fixtures.dispatch(shipment, "shipping", DISPATCH)
                .statusCode(409)
                .body("error", equalTo("order-on-hold"))
                .body("message", containsString("the payment failed"));
        Fixtures.shipmentsOf(orderId).body("items[0].status", equalTo("WAITING_DISPATCH"));

        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 3L));
        Fixtures.dispatch(shipment, "shipping", DISPATCH).statusCode(200).body("status", equalTo("SHIPPED"));
    }

    @Test
    void aRejectionAfterTheApprovalStopsDispatch() {
        UUID orderId = UUID.randomUUID();
        String shipment = Fixtures.packedOrder(orderId, "Porto");
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1L));
        Deliver.event(Events.ORDER_REJECTED, Fixtures.rejected(orderId, 2L));

        Fixtures.dispatch(shipment, "warehouse", DISPATCH)
                .statusCode(409)
                .body("error", equalTo("order-rejected"))
                .body("message", containsString("the address is on the blacklist"));
    }

    @Test
    void anApprovalOlderThanTheHoldArrivingLateDoesNotResume() {
        UUID orderId = UUID.randomUUID();
        String shipment = Fixtures.packedOrder(orderId, "Braga");
        // The hold (sequence 2) overtakes the approval it follows (sequence 1) on its way to shipping.
        Deliver.event(Events.ORDER_HELD, Fixtures.held(orderId, 2L));
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1L));

        Fixtures.dispatch(shipment, "shipping", DISPATCH).statusCode(409).body("error", equalTo("order-on-hold"));
    }

    @Test
    void aHoldOlderThanTheApprovalArrivingLateChangesNothing() {
        UUID orderId = UUID.randomUUID();
        String shipment = Fixtures.packedOrder(orderId, "Braga");
        // The manual-review hold (1) that the approval (2) resolved arrives after it.
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 2L));
        Deliver.event(Events.ORDER_HELD, Fixtures.held(orderId, 1L));

        Fixtures.dispatch(shipment, "shipping", DISPATCH).statusCode(200);
    }
}
