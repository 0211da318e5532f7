package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 2: an amendment that arrives before the order's approval (another topic) is parked and applied
 * right after the approval, so the amended lines are reserved and picked; an amendment the approval already
 * contains is not applied twice; one for an order cancelled before its approval is dropped.
 */
@QuarkusTest
class EarlyAmendmentTest {
    private static final String AMENDED = "warehouse-order-amended";

    @Test
    void anAmendmentBeforeTheApprovalIsAppliedWhenTheApprovalArrives() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        String mug = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 10);
        Fixtures.setStock(warehouse, mug, 10);
        UUID orderId = UUID.randomUUID();

        // Line 1 goes from 2 to 4 units and a mug is added, before the warehouse has heard of the order.
        amend(orderId, 2, line(1, sku, 4, sku, 2), line(2, mug, 1, mug, 0));
        assertThat(Fixtures.pickLists(orderId)).isEmpty();

        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, 1L, new LineQuantity(sku, 2)));

        assertThat(lines(orderId)).containsExactlyInAnyOrder(sku + "=4", mug + "=1");
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("reserved", 4);
        assertThat(Fixtures.stock(warehouse, mug)).containsEntry("reserved", 1);
        Fixtures.confirm((String) Fixtures.awaitPickList(orderId).get("id"), Map.of())
                .statusCode(200);
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("onHand", 6);
    }

    @Test
    void anApprovalOfTheAmendedRevisionIsNotAmendedTwice() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 10);
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 1, 1L, new LineQuantity(sku, 2)));

        // Review re-approves revision 2 (4 units) before the warehouse reads the amendment that made it.
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(orderId, 2, 2L, new LineQuantity(sku, 4)));
        amend(orderId, 2, line(1, sku, 4, sku, 2));

        assertThat(lines(orderId)).containsExactly(sku + "=4");
        assertThat(Fixtures.stock(warehouse, sku)).containsEntry("reserved", 4);
    }

    @Test
    void anAmendmentParkedForAnOrderCancelledBeforeItsApprovalIsDropped() {
        String sku = Fixtures.newSku();
        UUID orderId = UUID.randomUUID();
        amend(orderId, 2, line(1, sku, 3, sku, 1));
        assertThat(parked(orderId)).isEqualTo(1L);

        Deliver.event(Events.ORDER_CANCELLED, Fixtures.cancelled(orderId));

        // No approval will come for it: left parked it would be reported as overdue (EVENT_PARKED_TOO_LONG).
        assertThat(parked(orderId)).isZero();
    }

    @Test
    void anAmendmentParkedForARevisionRejectedBeforeItsApprovalIsDropped() {
        String sku = Fixtures.newSku();
        UUID orderId = UUID.randomUUID();
        amend(orderId, 1, line(1, sku, 3, sku, 1));
        amend(orderId, 2, line(1, sku, 4, sku, 3));
        assertThat(parked(orderId)).isEqualTo(2L);

        Deliver.event(Events.ORDER_REJECTED, Fixtures.rejected(orderId, 1, 1L, "price outdated"));

        // Revision 1 will never be approved (seen in the interleaving run: reported as overdue 15 min later);
        // revision 2's amendment still waits for revision 2's approval.
        assertThat(parked(orderId)).isEqualTo(1L);
    }

    @Test
    void anAmendmentOfARevisionRejectedBeforeAnyApprovalIsNotParked() {
        String sku = Fixtures.newSku();
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_REJECTED, Fixtures.rejected(orderId, 1, 2L, "price outdated"));

        // The amendment comes after the rejection (./run.sh interleavings: parked for ever, waiting for an approval
        // of revision 1 that never comes); revision 2's still waits for its approval.
        amend(orderId, 1, line(1, sku, 3, sku, 1));
        assertThat(parked(orderId)).isZero();
        amend(orderId, 2, line(1, sku, 4, sku, 3));
        assertThat(parked(orderId)).isEqualTo(1L);
    }

    private static long parked(UUID orderId) {
        return Db.read(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select count(*) from parked_event where consumer = :consumer and event_key = :key",
                                Long.class)
                        .setParameter("consumer", AMENDED)
                        .setParameter("key", orderId.toString())
                        .getSingleResult()));
    }

    private static void amend(UUID orderId, int revision, OrderAmended.LineChange... lines) {
        OrderAmended amended = new OrderAmended(
                orderId,
                Fixtures.orderNumber(orderId),
                revision,
                UUID.randomUUID(),
                List.of("lines"),
                null,
                null,
                List.of(lines),
                new BigDecimal("20.00"),
                "customer asked",
                "customer-service",
                Instant.now());
        Deliver.event(Events.ORDER_AMENDED, amended);
    }

    private static OrderAmended.LineChange line(
            int lineNo, String sku, int quantity, String previousSku, int previousQuantity) {
        return new OrderAmended.LineChange(
                lineNo, sku, "Product " + sku, null, quantity, new BigDecimal("5.00"), previousSku, previousQuantity);
    }

    /** The open pick lists' lines as "sku=quantity". */
    @SuppressWarnings("unchecked")
    private static List<String> lines(UUID orderId) {
        return Fixtures.pickLists(orderId).stream()
                .filter(p -> "OPEN".equals(p.get("status")))
                .flatMap(p -> ((List<Map<String, Object>>) p.get("lines")).stream())
                .map(l -> l.get("sku") + "=" + l.get("quantity"))
                .toList();
    }
}
