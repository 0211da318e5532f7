package com.smartstore.oms.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.EventType;
import com.smartstore.oms.contracts.OmsEvent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One real broker round trip per consumer, as a table: each row publishes an event to Kafka as its publisher
 * would and waits until the named consumer's inbox committed it. The table must cover every topic the service
 * consumes, so a consumer added later cannot be tested only through {@link Deliver}.
 *
 * <pre>{@code
 * RoundTrips.check(List.of(
 *         RoundTrips.row("warehouse-order-approved", Events.ORDER_APPROVED, approved),
 *         RoundTrips.row("warehouse-order-held", Events.ORDER_HELD, held)));
 * }</pre>
 */
public final class RoundTrips {

    /** An event for one consumer, named as its inbox names it ({@code processed_event.consumer}). */
    public record Row(String consumer, EventType<?> type, OmsEvent event) {}

    public static <T extends OmsEvent> Row row(String consumer, EventType<T> type, T event) {
        return new Row(consumer, type, event);
    }

    /** Publishes every row's event through the broker, then waits for each consumer to commit its event. */
    public static void check(List<Row> rows) {
        Set<String> covered = new TreeSet<>();
        rows.forEach(row -> covered.add(row.type().topic()));
        assertThat(covered)
                .as("the round-trip table has a row for every topic the service consumes")
                .containsAll(Deliver.consumedTopics());
        List<String> ids = rows.stream()
                .map(row -> TestKafka.publish(row.type(), row.event()))
                .toList();
        for (int i = 0; i < rows.size(); i++) {
            Inboxes.awaitProcessed(rows.get(i).consumer(), ids.get(i));
        }
    }

    private RoundTrips() {}
}
