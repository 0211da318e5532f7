package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderQuantity;
import com.smartstore.oms.contracts.events.Picked;
import com.smartstore.oms.contracts.events.ShortageReason;
import com.smartstore.oms.contracts.events.StockShortage;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With {@code oms.warehouse.allow-split=true}: an order no single warehouse can serve gets a pick list in each
 * warehouse that has part of it, what nobody has is backordered and reported short, and every pick list sends its
 * own {@code picked} once packed.
 */
@QuarkusTest
@TestProfile(SplitAllocationTest.SplitAllowed.class)
class SplitAllocationTest {

    /** Splitting on. */
    public static class SplitAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("oms.warehouse.allow-split", "true");
        }
    }

    @Test
    void anOrderIsSplitOverTheWarehousesThatHaveItsLinesAndTheRestIsBackordered() throws Exception {
        String first = Fixtures.newWarehouse() + "-A";
        String second = first.replace("-A", "-B");
        String shirt = Fixtures.newSku();
        String mug = Fixtures.newSku();
        String cap = Fixtures.newSku();
        Fixtures.setStock(first, shirt, 2);
        Fixtures.setStock(second, shirt, 1); // not enough: the shirts must come from the first
        Fixtures.setStock(second, mug, 1);
        UUID orderId = UUID.randomUUID();

        Deliver.event(
                Events.ORDER_APPROVED,
                Fixtures.approved(
                        orderId,
                        1,
                        null,
                        new LineQuantity(shirt, 2),
                        new LineQuantity(mug, 1),
                        new LineQuantity(cap, 3)));

        await().atMost(Fixtures.WAIT).until(() -> Fixtures.pickLists(orderId).size() == 2);
        List<Map<String, Object>> lists = Fixtures.pickLists(orderId);
        Map<String, Object> inFirst = byWarehouse(lists, first);
        Map<String, Object> inSecond = byWarehouse(lists, second);
        assertThat(inFirst.get("lines").toString()).contains(shirt).doesNotContain(mug, cap);
        assertThat(inSecond.get("lines").toString()).contains(mug).doesNotContain(shirt, cap);
        assertThat(Fixtures.stock(first, shirt)).containsEntry("reserved", 2);
        assertThat(Fixtures.stock(second, shirt)).containsEntry("reserved", 0);
        assertThat(Fixtures.stock(second, mug)).containsEntry("reserved", 1);
        assertThat(Fixtures.backorders(orderId)).singleElement().satisfies(b -> {
            assertThat(b).containsEntry("reason", "BACKORDER");
            assertThat(b.get("lines").toString()).contains(cap).doesNotContain(shirt, mug);
        });

        StockShortage shortage = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.STOCK_SHORTAGE, cap, 1)
                                .get(0)
                                .value(),
                        StockShortage.class);
        assertThat(shortage.reason()).isEqualTo(ShortageReason.BACKORDER);
        assertThat(shortage.quantity()).isEqualTo(3);
        assertThat(shortage.waitingOrders()).containsExactly(new OrderQuantity(orderId, 3));

        // One picked per pick list, each sent when that list is packed.
        for (Map<String, Object> list : List.of(inFirst, inSecond)) {
            Fixtures.confirm((String) list.get("id"), Map.of()).statusCode(200);
            Fixtures.pack((String) list.get("id"), null).statusCode(200);
        }
        List<Picked> picked = TestKafka.awaitRecords(Topics.PICKED, orderId.toString(), 2).stream()
                .map(r -> read(r.value()))
                .toList();
        assertThat(picked).extracting(Picked::warehouse).containsExactlyInAnyOrder(first, second);
        assertThat(picked)
                .extracting(p -> p.pickListId().toString())
                .containsExactlyInAnyOrder((String) inFirst.get("id"), (String) inSecond.get("id"));
    }

    private static Map<String, Object> byWarehouse(List<Map<String, Object>> lists, String warehouse) {
        return lists.stream()
                .filter(l -> warehouse.equals(l.get("warehouse")))
                .findFirst()
                .orElseThrow();
    }

    private static Picked read(String json) {
        try {
            return EventJson.mapper().readValue(json, Picked.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
