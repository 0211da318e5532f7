package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.deliverProduct;
import static com.smartstore.oms.review.ReviewFixtures.deliverStock;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 6: the time of an approval, which later stock levels are compared with, is read after the stock
 * rows are locked. A level the warehouse computed while the review waited for the lock cannot reflect the approval
 * and must not make its units count as reserved.
 */
@QuarkusTest
class ClockAfterLockTest {

    @Test
    void aLevelFromWhileTheReviewWaitedForTheLockDoesNotForgetTheApprovedUnits() throws Exception {
        String sku = newSku();
        deliverProduct(sku, "5.00", Instant.now());
        deliverStock("LIS", sku, 5, Instant.now());
        OrderReceived first = anOrder().line(sku, 1, "5.00").build();
        Instant whileWaiting;
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            lockStockRow(db, sku);
            // Through the broker: delivered directly, this thread would wait for the lock it holds itself.
            TestKafka.publish(Events.ORDER_RECEIVED, first);
            await().atMost(PATIENCE).until(() -> reviewWaitsForALock(db));
            whileWaiting = Instant.now();
            db.commit();
        }
        OrderApproved approved =
                awaitEvents(Events.ORDER_APPROVED, first.orderId(), 1).get(0);
        assertThat(approved.approvedAt()).isAfter(whileWaiting);

        // The level Lisbon computed while the review waited: 5 available, the approval not yet reserved.
        deliverStock("LIS", sku, 5, whileWaiting);
        OrderReceived second = anOrder().line(sku, 5, "5.00").build();
        deliverOrder(second);

        OrderHeld held = awaitEvents(Events.ORDER_HELD, second.orderId(), 1).get(0);
        assertThat(held.failedRules()).extracting(OrderHeld.RuleFailure::rule).containsExactly("stock-sufficient");
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static void lockStockRow(Connection db, String sku) throws Exception {
        try (PreparedStatement lock = db.prepareStatement("select * from stock_level where sku = ? for update")) {
            lock.setString(1, sku);
            lock.executeQuery().close();
        }
    }

    /** Another session of this database waits for a lock (the review's, on the stock row this test holds). */
    private static boolean reviewWaitsForALock(Connection db) throws Exception {
        try (PreparedStatement waiting =
                        db.prepareStatement("select count(*) from pg_stat_activity where datname = current_database()"
                                + " and wait_event_type = 'Lock' and pid <> pg_backend_pid()");
                ResultSet rows = waiting.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }
}
