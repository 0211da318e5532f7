package com.smartstore.oms.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.shipping.repository.OrderInfoRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Shipments from {@code picked} and order details from {@code order-received}, in whatever order they come. */
@QuarkusTest
class ShipmentConsumerTest {
    @Inject
    OrderInfoRepository orders;

    @Test
    void pickedBeforeOrderReceivedIsCompletedWhenTheOrderArrives() {
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        String id = Fixtures.awaitShipment(orderId);
        Fixtures.shipmentsOf(orderId)
                .body("items[0].status", equalTo("WAITING_DISPATCH"))
                .body("items[0].orderNumber", nullValue())
                .body("items[0].shipTo", nullValue());

        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Faro", LocalDate.of(2026, 12, 24)));
        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId)
                        .body("items[0].id", equalTo(id))
                        .body(
                                "items[0].orderNumber",
                                equalTo("SO-" + orderId.toString().substring(0, 8)))
                        .body("items[0].shipTo.city", equalTo("Faro"))
                        .body("items[0].requestedShipDate", equalTo("2026-12-24")));
    }

    @Test
    void redeliveredOrRepeatedPickedMakesOneShipmentPerPickList() {
        UUID orderId = UUID.randomUUID();
        UUID pickListId = UUID.randomUUID();
        String eventId = Deliver.event(Events.PICKED, Fixtures.picked(orderId, pickListId));
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, pickListId), eventId);
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, pickListId));
        // Same key, same partition: once this second pick list has its shipment, the repeats were handled.
        UUID secondPickList = UUID.randomUUID();
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, secondPickList));

        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.shipmentsOf(orderId)
                        .extract()
                        .jsonPath()
                        .getList("items.pickListId")
                        .contains(secondPickList.toString()));
        List<String> pickLists =
                Fixtures.shipmentsOf(orderId).extract().jsonPath().getList("items.pickListId");
        assertThat(pickLists).containsExactlyInAnyOrder(pickListId.toString(), secondPickList.toString());
    }

    @Test
    void aStaleRevisionDoesNotReplaceTheNewerOne() {
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 2, "Porto", null));
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Lisboa", LocalDate.of(2026, 12, 1)));
        assertThat(Db.read(() -> orders.findById(orderId)).shipTo.city).isEqualTo("Porto");

        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        Fixtures.awaitShipment(orderId);
        Fixtures.shipmentsOf(orderId)
                .body("items[0].shipTo.city", equalTo("Porto"))
                .body("items[0].requestedShipDate", nullValue());
    }

    @Test
    void queueIsOrderedByShipByTimeWithUnknownOrdersLast() {
        UUID later = UUID.randomUUID();
        UUID sooner = UUID.randomUUID();
        // Dates long past, so these two lead the queue whatever else other tests left in it.
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(later, 1, "Braga", LocalDate.of(2000, 1, 2)));
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(sooner, 1, "Braga", LocalDate.of(2000, 1, 1)));
        await().atMost(Fixtures.WAIT)
                .until(() -> Db.read(() -> orders.count("orderId in ?1", List.of(later, sooner))) == 2);
        Deliver.event(Events.PICKED, Fixtures.picked(later, UUID.randomUUID()));
        Deliver.event(Events.PICKED, Fixtures.picked(sooner, UUID.randomUUID()));
        Fixtures.awaitShipment(later);
        Fixtures.awaitShipment(sooner);

        List<Map<String, Object>> queue = given().auth()
                .oauth2(Tokens.of("shipping"))
                .queryParam("status", "WAITING_DISPATCH")
                .queryParam("size", 200)
                .get("/api/shipments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(queue.subList(0, 2))
                .extracting(s -> s.get("orderId"))
                .containsExactly(sooner.toString(), later.toString());
        assertThat(queue).allSatisfy(s -> assertThat(s.get("status")).isEqualTo("WAITING_DISPATCH"));
        assertThat(queue.get(0).get("shipBy")).isEqualTo("2000-01-02T00:00:00Z");
        // By ship-by time (a requested date ends at midnight, UTC here; without one: 24 hours after receipt), then the
        // shipments whose order shipping has not heard of yet.
        List<Object> shipBy = queue.stream().map(s -> s.get("shipBy")).toList();
        int firstUnknown = shipBy.indexOf(null);
        List<Object> known = firstUnknown < 0 ? shipBy : shipBy.subList(0, firstUnknown);
        assertThat(known.stream().map(t -> Instant.parse((String) t)).toList()).isSorted();
        if (firstUnknown >= 0) {
            assertThat(shipBy.subList(firstUnknown, shipBy.size())).containsOnlyNulls();
        }
    }
}
