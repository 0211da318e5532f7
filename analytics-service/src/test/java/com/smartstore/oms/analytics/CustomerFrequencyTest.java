package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code /customers}' purchase-frequency distribution from its per-month and per-year roll-ups (issue 13): a whole
 * calendar year or month is read from the distribution kept as orders arrive, any other range adds up the customers'
 * year, month and day rows; both give the hand-computed answer, whatever order the events come in and however
 * often. The year is picked at random far beyond every other test's days (those end before year 8700), so the year
 * holds only this test's orders.
 */
@QuarkusTest
class CustomerFrequencyTest {

    @Test
    void wholeYearsAndMonthsAnswerFromTheKeptDistributionTheSameAsAnyOtherRange() {
        int y = 9000 + ThreadLocalRandom.current().nextInt(900);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Runnable> events = new ArrayList<>();
        // A: Jan 15, Jan 20, Mar 31. B: Jan 31, Feb 1. C: Dec 31. D: Feb 10 and 5 January of the next year.
        order(events, tag + "A", day(y, 1, 15));
        order(events, tag + "A", day(y, 1, 20));
        order(events, tag + "A", day(y, 3, 31));
        order(events, tag + "B", day(y, 1, 31));
        order(events, tag + "B", day(y, 2, 1));
        order(events, tag + "C", day(y, 12, 31));
        order(events, tag + "D", day(y, 2, 10));
        order(events, tag + "D", day(y + 1, 1, 5));
        // X: received on 1 June for E; its second revision is C's (E leaves every figure, C has 2 orders in Y).
        UUID x = UUID.randomUUID();
        events.add(() -> Deliver.event(Events.ORDER_RECEIVED, revision(x, 1, tag + "E", day(y, 6, 1))));
        events.add(() -> Deliver.event(Events.ORDER_RECEIVED, revision(x, 2, tag + "C", day(y, 6, 1))));

        // Backwards (the second revision first), each event twice under the same id and once more under a new one.
        List<Runnable> backwards = new ArrayList<>(events);
        Collections.reverse(backwards);
        backwards.forEach(e -> {
            e.run();
            e.run();
        });

        // The year: A 3, B 2, C 2, D 1.
        Map<Long, Long> year = Map.of(1L, 1L, 2L, 2L, 3L, 1L);
        assertFrequency(y + "-01-01", (y + 1) + "-01-01", year, 4, 3);
        // The same year and one day without orders: the year's rows plus a day row, not the kept distribution.
        assertFrequency(y + "-01-01", (y + 1) + "-01-02", year, 4, 3);
        // January (kept distribution): A 2, B 1. The same days by day rows: 20 Jan to 1 Feb: A 1, B 2.
        assertFrequency(y + "-01-01", y + "-02-01", Map.of(1L, 1L, 2L, 1L), 2, 1);
        assertFrequency(y + "-01-20", y + "-02-02", Map.of(1L, 1L, 2L, 1L), 2, 1);
        // June: only C's (E's order became C's).
        assertFrequency(y + "-06-01", y + "-07-01", Map.of(1L, 1L), 1, 0);
        // Two whole years (year rows) and a range of days, months and a year's rows: A 3, B 2, C 2, D 2.
        assertFrequency(y + "-01-01", (y + 2) + "-01-01", Map.of(2L, 3L, 3L, 1L), 4, 4);
        assertFrequency((y - 1) + "-12-31", (y + 1) + "-02-01", Map.of(2L, 3L, 3L, 1L), 4, 4);
    }

    private static void assertFrequency(
            String from, String to, Map<Long, Long> expected, long customers, long repeatCustomers) {
        JsonPath answer = given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("from", from)
                .queryParam("to", to)
                .get("/api/analytics/customers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Number>> frequency = answer.getList("purchaseFrequency");
        assertThat(frequency.stream()
                        .collect(Collectors.toMap(
                                f -> f.get("orders").longValue(),
                                f -> f.get("customers").longValue())))
                .as(from + ".." + to)
                .isEqualTo(expected);
        assertThat(answer.getLong("customers")).as(from + ".." + to).isEqualTo(customers);
        assertThat(answer.getLong("repeatCustomers")).as(from + ".." + to).isEqualTo(repeatCustomers);
    }

    private static void order(List<Runnable> events, String customer, Instant at) {
        OrderReceived order = OrderEvents.orderEvent(UUID.randomUUID(), SalesChannel.SHOPIFY, customer, at, "CF-1", 1);
        String id = UUID.randomUUID().toString();
        events.add(() -> Deliver.event(Events.ORDER_RECEIVED, order, id));
        events.add(() -> Deliver.event(Events.ORDER_RECEIVED, order));
    }

    private static OrderReceived revision(UUID id, int revision, String customer, Instant at) {
        OrderReceived first = OrderEvents.orderEvent(id, SalesChannel.SHOPIFY, customer, at, "CF-1", 1);
        return com.smartstore.oms.kit.testing.OrderBuilder.anOrder()
                .id(id)
                .number(first.orderNumber())
                .revision(revision)
                .channel(SalesChannel.SHOPIFY)
                .externalOrderId(first.externalOrderId())
                .customer(first.customer())
                .address(first.shippingAddress())
                .line("CF-1", "Product", null, 1, "10.00")
                .remarks(null)
                .payment(com.smartstore.oms.contracts.events.PaymentMethod.ONLINE, "10.00", at)
                .receivedAt(at)
                .build();
    }

    private static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
