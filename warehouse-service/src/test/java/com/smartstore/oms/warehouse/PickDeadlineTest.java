package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pick lists have a deadline of {@code oms.sla.pick-hours} (8) from creation to packing; overdue ones can be listed and
 * publish {@code sla-breached} once (R-W3).
 */
@QuarkusTest
class PickDeadlineTest {
    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    @Test
    void aPickListIsDueEightHoursAfterItIsCreatedListedOnceOverdueAndEscalatedOnce() throws Exception {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 5);
        UUID late = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(late, 1, null, new LineQuantity(sku, 1)));
        Map<String, Object> list = Fixtures.awaitPickList(late);

        Instant created = Instant.parse((String) list.get("createdAt"));
        assertThat(Instant.parse((String) list.get("dueAt"))).isEqualTo(created.plus(Duration.ofHours(8)));
        assertThat(list).containsEntry("overdue", false);
        assertThat(overdueOrders()).doesNotContain(late.toString());

        // Nine hours later; the on-time order's pick list is created only now.
        clock.advance(Duration.ofHours(9));
        UUID onTime = UUID.randomUUID();
        Deliver.event(Events.ORDER_APPROVED, Fixtures.approved(onTime, 1, null, new LineQuantity(sku, 1)));
        Fixtures.awaitPickList(onTime);

        assertThat(overdueOrders()).contains(late.toString()).doesNotContain(onTime.toString());
        assertThat(Fixtures.pickLists(late))
                .singleElement()
                .satisfies(p -> assertThat(p).containsEntry("overdue", true));

        // The scheduled check (every second in tests) escalates it: one sla-breached, the list marked escalated.
        SlaBreached breach = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.SLA_BREACHED, late.toString(), 1)
                                .get(0)
                                .value(),
                        SlaBreached.class);
        assertThat(breach.kind()).isEqualTo(SlaKind.PICK);
        assertThat(breach.service()).isEqualTo("warehouse-service");
        assertThat(breach.subjectId()).isEqualTo(list.get("id"));
        assertThat(breach.owner()).isEqualTo(warehouse);
        assertThat(breach.deadline()).isBefore(breach.detectedAt());
        await().atMost(Fixtures.WAIT)
                .until(() -> Boolean.TRUE.equals(Fixtures.pickLists(late).get(0).get("escalated")));
        // Later checks find it escalated already: no second breach.
        Db.call(watch::checkNow);
        assertThat(TestKafka.records(Topics.SLA_BREACHED, r -> late.toString().equals(r.key())))
                .hasSize(1);
        assertThat(TestKafka.records(Topics.SLA_BREACHED, r -> onTime.toString().equals(r.key())))
                .isEmpty();

        // Picked is not done yet: the deadline is for picking and packing (R-W3).
        String id = (String) Fixtures.pickLists(late).get(0).get("id");
        Fixtures.confirm(id, Map.of()).statusCode(200);
        assertThat(overdueOrders()).contains(late.toString());
        Fixtures.pack(id, null).statusCode(200);
        assertThat(overdueOrders()).doesNotContain(late.toString());
    }

    private static List<String> overdueOrders() {
        return given().auth()
                .oauth2(Tokens.of("warehouse"))
                .queryParam("overdue", true)
                .get("/api/pick-lists")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.orderId");
    }
}
