package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pick lists have a deadline of {@code oms.sla.pick-hours} (8) from creation, and overdue ones can be listed (R-W3). */
@QuarkusTest
class PickDeadlineTest {

    @Test
    void aPickListIsDueEightHoursAfterItIsCreatedAndListedOnceOverdue() {
        String warehouse = Fixtures.newWarehouse();
        String sku = Fixtures.newSku();
        Fixtures.setStock(warehouse, sku, 5);
        UUID late = UUID.randomUUID();
        UUID onTime = UUID.randomUUID();
        TestKafka.publish(Events.ORDER_APPROVED, Fixtures.approved(late, 1, null, new LineQuantity(sku, 1)));
        TestKafka.publish(Events.ORDER_APPROVED, Fixtures.approved(onTime, 1, null, new LineQuantity(sku, 1)));
        Map<String, Object> list = Fixtures.awaitPickList(late);
        Fixtures.awaitPickList(onTime);

        Instant created = Instant.parse((String) list.get("createdAt"));
        assertThat(Instant.parse((String) list.get("dueAt"))).isEqualTo(created.plus(Duration.ofHours(8)));
        assertThat(list).containsEntry("overdue", false);
        assertThat(overdueOrders()).doesNotContain(late.toString(), onTime.toString());

        // Nine hours later, as far as the late order's pick list is concerned.
        Db.tx(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("update pick_list set created_at = created_at - interval '9 hours',"
                                + " due_at = due_at - interval '9 hours' where order_id = :order")
                        .setParameter("order", late)
                        .executeUpdate()));

        assertThat(overdueOrders()).contains(late.toString()).doesNotContain(onTime.toString());
        assertThat(Fixtures.pickLists(late))
                .singleElement()
                .satisfies(p -> assertThat(p).containsEntry("overdue", true));

        String id = (String) Fixtures.pickLists(late).get(0).get("id");
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .post("/api/pick-lists/" + id + "/confirm")
                .then()
                .statusCode(200);
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
                .getList("orderId");
    }
}
