package com.smartstore.oms.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.sla.DeadlineWatch;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ship-by time (R-S2): the end of the requested ship date, else {@code oms.sla.ship-hours} (24) after receipt; a
 * waiting shipment is at risk 4 hours before it and escalated once ({@code sla-breached} SHIP) after it.
 */
@QuarkusTest
class ShipDeadlineTest {
    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    @Test
    void aShipmentPastItsRequestedDateIsOverdueListedAndEscalatedOnce() throws Exception {
        UUID orderId = UUID.randomUUID();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Porto", yesterday));
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        String id = Fixtures.awaitShipment(orderId);

        Fixtures.shipmentsOf(orderId)
                .body(
                        "items[0].shipBy",
                        equalTo(yesterday
                                .plusDays(1)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()
                                .toString()))
                .body("items[0].urgency", equalTo("OVERDUE"));
        assertThat(queue(Map.of("overdue", "true", "orderId", orderId.toString())))
                .contains(id);

        Db.call(watch::checkNow);
        SlaBreached breach = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.SLA_BREACHED, orderId.toString(), 1)
                                .get(0)
                                .value(),
                        SlaBreached.class);
        assertThat(breach.kind()).isEqualTo(SlaKind.SHIP);
        assertThat(breach.subjectId()).isEqualTo(id);
        assertThat(breach.service()).isEqualTo("shipping-service");
        Db.call(watch::checkNow);
        assertThat(TestKafka.records(Topics.SLA_BREACHED, r -> r.key().equals(orderId.toString())))
                .hasSize(1);
    }

    @Test
    void anUndatedOrderIsDue24HoursAfterReceiptAndAtRisk4HoursBefore() {
        UUID orderId = UUID.randomUUID();
        Instant received = Instant.now();
        Deliver.event(Events.ORDER_RECEIVED, Fixtures.orderReceived(orderId, 1, "Faro", null));
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        String id = Fixtures.awaitShipment(orderId);

        String shipBy = Fixtures.shipmentsOf(orderId)
                .body("items[0].urgency", equalTo("ON_TIME"))
                .extract()
                .path("items[0].shipBy");
        assertThat(Duration.between(received, Instant.parse(shipBy)))
                .isBetween(Duration.ofHours(24), Duration.ofHours(24).plusMinutes(1));
        assertThat(queue(Map.of("atRisk", "true", "orderId", orderId.toString())))
                .doesNotContain(id);

        clock.advance(Duration.ofHours(21));
        Fixtures.shipmentsOf(orderId).body("items[0].urgency", equalTo("AT_RISK"));
        assertThat(queue(Map.of("atRisk", "true", "orderId", orderId.toString())))
                .contains(id);
        assertThat(queue(Map.of("overdue", "true", "orderId", orderId.toString())))
                .doesNotContain(id);

        // Dispatched in time: no longer in the queue's risk views, and its urgency is gone.
        Fixtures.dispatch(id, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR99PT"))
                .statusCode(200);
        assertThat(queue(Map.of("atRisk", "true", "orderId", orderId.toString())))
                .doesNotContain(id);
    }

    @Test
    void filtersAreCheckedAndCarrierIsFoundInAnyCase() {
        given().auth()
                .oauth2(Tokens.of("shipping"))
                .queryParam("overdue", "yes")
                .get("/api/shipments")
                .then()
                .statusCode(400);
        UUID orderId = UUID.randomUUID();
        String id = Fixtures.packedOrder(orderId, "Braga");
        Fixtures.dispatch(
                        id,
                        "shipping",
                        Map.of("carrier", "DHL", "trackingNumber", "JD" + orderId.getLeastSignificantBits()))
                .statusCode(200);
        assertThat(queue(Map.of("carrier", "dhl", "orderId", orderId.toString())))
                .containsExactly(id);
        assertThat(queue(Map.of("carrier", "UPS", "orderId", orderId.toString())))
                .isEmpty();
    }

    private static List<String> queue(Map<String, String> filters) {
        return given().auth()
                .oauth2(Tokens.of("shipping"))
                .queryParams(filters)
                .queryParam("size", 200)
                .get("/api/shipments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }
}
