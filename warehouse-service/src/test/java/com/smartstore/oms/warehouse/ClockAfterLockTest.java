package com.smartstore.oms.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 6: {@code stock-levels} consumers keep the level with the newest {@code updatedAt}, so a change
 * must stamp the row with a time read after it holds the row's lock. Each test holds a stock row locked, lets a
 * pick, a cancellation or an amendment queue behind it, changes the row as another writer would and commits: the
 * queued change must not stamp the row older than that writer did.
 */
@QuarkusTest
class ClockAfterLockTest {
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aPickWaitingForTheStockRowStampsItAfterTheWriterBeforeIt() throws Exception {
        Fixtures.Picking order = Fixtures.orderWithPickList(5, 2);

        Instant other = whileLocked(
                order, () -> Fixtures.confirm(order.pickListId(), Map.of()).statusCode(200));

        assertStampedNoEarlierThan(order, other);
    }

    @Test
    void aCancellationWaitingForTheStockRowStampsItAfterTheWriterBeforeIt() throws Exception {
        Fixtures.Picking order = Fixtures.orderWithPickList(5, 2);

        Instant other = whileLocked(
                order,
                () -> Fixtures.awaitProcessed(
                        "warehouse-order-cancelled",
                        TestKafka.publish(Events.ORDER_CANCELLED, Fixtures.cancelled(order.orderId()))));

        assertStampedNoEarlierThan(order, other);
        assertThat(Fixtures.stock(order.warehouse(), order.sku())).containsEntry("reserved", 0);
    }

    @Test
    void anAmendmentWaitingForTheStockRowStampsItAfterTheWriterBeforeIt() throws Exception {
        Fixtures.Picking order = Fixtures.orderWithPickList(5, 2);
        OrderAmended amended = new OrderAmended(
                order.orderId(),
                Fixtures.orderNumber(order.orderId()),
                2,
                UUID.randomUUID(),
                List.of("lines"),
                null,
                null,
                List.of(new OrderAmended.LineChange(
                        1, order.sku(), "Product", null, 3, new BigDecimal("5.00"), order.sku(), 2)),
                new BigDecimal("15.00"),
                "customer asked",
                "customer-service",
                Instant.now());

        Instant other = whileLocked(
                order,
                () -> Fixtures.awaitProcessed(
                        "warehouse-order-amended", TestKafka.publish(Events.ORDER_AMENDED, amended)));

        assertStampedNoEarlierThan(order, other);
        assertThat(Fixtures.stock(order.warehouse(), order.sku())).containsEntry("reserved", 3);
    }

    /**
     * Locks the order's stock row, starts {@code change}, waits until it queues behind the lock, stamps the row as
     * another writer would and commits; returns that writer's stamp once {@code change} is done.
     */
    private Instant whileLocked(Fixtures.Picking order, Runnable change) throws Exception {
        Instant stamped;
        CompletableFuture<Void> running;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (PreparedStatement lock =
                    c.prepareStatement("select on_hand from stock where warehouse = ? and sku = ? for update")) {
                lock.setString(1, order.warehouse());
                lock.setString(2, order.sku());
                lock.executeQuery().close();
            }
            running = CompletableFuture.runAsync(change);
            await().atMost(Fixtures.WAIT).until(() -> waitingForLocks(c) > 0);
            try (PreparedStatement write = c.prepareStatement("update stock set updated_at = clock_timestamp()"
                    + " where warehouse = ? and sku = ? returning updated_at")) {
                write.setString(1, order.warehouse());
                write.setString(2, order.sku());
                try (ResultSet rs = write.executeQuery()) {
                    rs.next();
                    stamped = rs.getTimestamp(1).toInstant();
                }
            }
            c.commit();
        }
        running.get(Fixtures.WAIT.toSeconds(), TimeUnit.SECONDS);
        return stamped;
    }

    private static int waitingForLocks(Connection c) throws Exception {
        try (PreparedStatement q = c.prepareStatement(
                        "select count(*) from pg_stat_activity"
                                + " where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void assertStampedNoEarlierThan(Fixtures.Picking order, Instant other) {
        Instant updatedAt = Instant.parse(
                (String) Fixtures.stock(order.warehouse(), order.sku()).get("updatedAt"));
        assertThat(updatedAt).isAfterOrEqualTo(other);
    }
}
