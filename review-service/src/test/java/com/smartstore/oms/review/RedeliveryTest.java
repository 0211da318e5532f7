package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.awaitReviewIds;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.reviewsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.Deliver;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each order revision is reviewed once: redeliveries and stale revisions change nothing. */
@QuarkusTest
class RedeliveryTest {

    @Test
    void aRedeliveredOrRepublishedRevisionIsReviewedOnce() {
        String sku = newSku();
        catalogued(sku, "3.00", 10);
        OrderReceived order = anOrder().line(sku, 1, "3.00").build();

        String eventId = deliverOrder(order);
        Deliver.event(Events.ORDER_RECEIVED, order, eventId);
        // The same revision again under a new id (e.g. re-sent by hand): the (order, revision) check catches it.
        deliverOrder(order);

        assertThat(awaitReviewIds(order.orderId(), 1)).hasSize(1);
        assertThat(awaitEvents(Events.ORDER_APPROVED, order.orderId(), 1)).hasSize(1);
    }

    @Test
    void aStaleRevisionIsIgnoredAndANewerOneSupersedesThePendingReview() {
        String sku = newSku();
        catalogued(sku, "3.00", 10);
        UUID orderId = UUID.randomUUID();
        // Revision 2 has a wrong price and waits for a reviewer.
        deliverOrder(anOrder().id(orderId).revision(2).line(sku, 1, "2.00").build());
        awaitReviewIds(orderId, 1);

        deliverOrder(anOrder().id(orderId).revision(1).line(sku, 1, "3.00").build());
        reviewsOf(orderId).body("items.revision", contains(2)).body("items.status", contains("PENDING"));

        deliverOrder(anOrder().id(orderId).revision(3).line(sku, 1, "3.00").build());
        awaitReviewIds(orderId, 2);
        reviewsOf(orderId)
                .body("items.revision", contains(3, 2))
                .body("items.status", contains("AUTO_APPROVED", "SUPERSEDED"));
        assertThat(awaitEvents(Events.ORDER_APPROVED, orderId, 1))
                .singleElement()
                .satisfies(a -> assertThat(a.revision()).isEqualTo(3));
    }
}
