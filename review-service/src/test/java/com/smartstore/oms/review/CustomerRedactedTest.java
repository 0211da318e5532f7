package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static com.smartstore.oms.review.ReviewFixtures.awaitReviewIds;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.review;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.review.domain.Redaction;
import com.smartstore.oms.review.service.OrderSnapshots;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A customer's redaction (issue 10): review erases its copies of the listed orders' personal data, keeps what was
 * ordered and decided, changes nothing on a redelivery, and stores an order that arrives after its redaction already
 * erased.
 */
@QuarkusTest
class CustomerRedactedTest {

    @Inject
    OrderSnapshots snapshots;

    /** A customer whose details appear nowhere else in the test database. */
    private record Customer(String name, String phone, String email, String street) {
        static Customer unique() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String digits = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            return new Customer("Rita " + tag, "+351 91" + digits, tag + "@example.org", "Rua do Ouro " + tag);
        }

        OrderBuilder order(String sku) {
            return anOrder()
                    .contact(name, phone, email)
                    .address(street, "Lisboa", "1100-060", "PT")
                    .line(sku, 1, "5.00");
        }

        List<String> values() {
            return List.of(name, phone, email, street);
        }
    }

    @Test
    void theListedOrdersLoseTheCustomersDataAndKeepWhatWasOrdered() {
        String sku = newSku();
        catalogued(sku, "5.00", 10);
        Customer ana = Customer.unique();
        Customer other = Customer.unique();
        // Held (wrong price), with a reviewer's note quoting the customer's phone.
        OrderReceived order = anOrder()
                .contact(ana.name, ana.phone, ana.email)
                .address(ana.street, "Lisboa", "1100-060", "PT")
                .line(sku, 2, "4.00")
                .build();
        OrderReceived unrelated = other.order(sku).build();
        deliverOrder(order);
        deliverOrder(unrelated);
        String reviewId = awaitReviewIds(order.orderId(), 1).get(0);
        awaitReviewIds(unrelated.orderId(), 1);
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Called " + ana.phone + ": the price is fine"))
                .post("/api/reviews/" + reviewId + "/notes")
                .then()
                .statusCode(201);
        assertThat(foundIn(ana)).as("control: the data is there before").isNotEmpty();

        CustomerRedacted redaction = redaction(order.orderId(), UUID.randomUUID());
        String eventId = Deliver.event(Events.CUSTOMER_REDACTED, redaction);

        review(reviewId)
                .body("customerName", equalTo(Redaction.REDACTED))
                .body("notes[0].text", equalTo("Called [redacted]: the price is fine"))
                .body("status", equalTo("PENDING"))
                .body("totalAmount", equalTo(8.0f))
                .body("lines.sku", contains(sku))
                .body("lines.quantity", contains(2))
                .body("rules.find { it.rule == 'price-matches-catalogue' }.passed", equalTo(false));
        assertThat(foundIn(ana)).isEmpty();
        OrderReceived kept = snapshotOf(order.orderId());
        assertThat(kept.customer().name()).isEqualTo(Redaction.REDACTED);
        assertThat(kept.customer().phone()).isNull();
        assertThat(kept.customer().email()).isNull();
        assertThat(kept.customer().pseudonym()).isEqualTo(order.customer().pseudonym());
        assertThat(kept.shippingAddress().line1()).isEqualTo(Redaction.REDACTED);
        assertThat(kept.shippingAddress().country()).isEqualTo("PT");
        assertThat(kept.remarks().giftNote()).isNull();
        assertThat(kept.remarks().requestedShipDate()).isEqualTo(OrderBuilder.SHIP_DATE);
        assertThat(kept.lines()).isEqualTo(order.lines());

        // The unrelated order keeps everything.
        ReviewFixtures.reviewsOf(unrelated.orderId()).body("items.customerName", contains(other.name));
        assertThat(snapshotOf(unrelated.orderId())).isEqualTo(unrelated);

        // Redelivered: skipped by the inbox, nothing changes, the redaction is recorded once.
        Deliver.event(Events.CUSTOMER_REDACTED, redaction, eventId);
        // The same request under a new id (same key, so behind the redelivery): the erasure finds nothing left to
        // erase.
        String again = Deliver.event(Events.CUSTOMER_REDACTED, redaction);
        review(reviewId).body("customerName", equalTo(Redaction.REDACTED)).body("notes", hasSize(1));
        assertThat(markers(order.orderId())).isEqualTo(1L);
    }

    /**
     * A reviewer's reason quoting the customer went out in {@code order-rejected}; the outbox's copy of that sent
     * event is erased with the rest (it would otherwise stay until retention).
     */
    @Test
    void theSentEventsOfAListedOrderLeaveTheOutbox() {
        String sku = newSku();
        catalogued(sku, "5.00", 10);
        Customer ana = Customer.unique();
        OrderReceived order = anOrder()
                .contact(ana.name, ana.phone, ana.email)
                .address(ana.street, "Lisboa", "1100-060", "PT")
                .line(sku, 1, "4.00")
                .build();
        deliverOrder(order);
        String reviewId = awaitReviewIds(order.orderId(), 1).get(0);
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "customer at " + ana.street + " refused the price"))
                .post("/api/reviews/" + reviewId + "/reject")
                .then()
                .statusCode(200);
        await().atMost(PATIENCE).until(() -> sentRows(order.orderId()) > 0 && unsentRows(order.orderId()) == 0);
        assertThat(foundIn(ana)).as("control: the reason is in the outbox").anyMatch(f -> f.startsWith("outbox:"));

        Deliver.event(Events.CUSTOMER_REDACTED, redaction(order.orderId(), UUID.randomUUID()));

        assertThat(foundIn(ana)).isEmpty();
        assertThat(sentRows(order.orderId())).isZero();
    }

    private static long sentRows(UUID orderId) {
        return outboxRows(orderId, "published_at is not null");
    }

    private static long unsentRows(UUID orderId) {
        return outboxRows(orderId, "published_at is null");
    }

    private static long outboxRows(UUID orderId, String condition) {
        return Db.read(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select count(*) from outbox where event_key = :key and " + condition, Long.class)
                        .setParameter("key", orderId.toString())
                        .getSingleResult()));
    }

    @Test
    void anOrderWhoseRedactionCameFirstIsStoredErasedAndALateAmendmentBringsNothingBack() {
        String sku = newSku();
        catalogued(sku, "5.00", 10);
        Customer ana = Customer.unique();
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.CUSTOMER_REDACTED, redaction(orderId, UUID.randomUUID()));

        // An amendment overtakes the order (parked), then the order arrives: reviewed, and approved as usual.
        Customer moved = Customer.unique();
        OrderReceived order = ana.order(sku).id(orderId).build();
        String amendment = Deliver.event(Events.ORDER_AMENDED, amendment(order, moved));
        assertThat(foundIn(moved)).as("the parked amendment keeps no contact").isEmpty();
        deliverOrder(order);
        String reviewId = awaitReviewIds(orderId, 1).get(0);
        review(reviewId).body("customerName", equalTo(Redaction.REDACTED)).body("lines.sku", contains(sku));
        assertThat(ReviewFixtures.awaitEvents(Events.ORDER_APPROVED, orderId, 1))
                .hasSize(1);

        // A replayed amendment after the order: applied (the rules run on it), stored erased.
        Customer again = Customer.unique();
        Deliver.event(Events.ORDER_AMENDED, amendment(order, again));

        assertThat(foundIn(ana)).isEmpty();
        assertThat(foundIn(moved)).isEmpty();
        assertThat(foundIn(again)).isEmpty();
        assertThat(snapshotOf(orderId).customer().phone()).isNull();
        assertThat(snapshotOf(orderId).shippingAddress().line1()).isEqualTo(Redaction.REDACTED);
        ReviewFixtures.reviewsOf(orderId).body("items.customerName", everyItem(equalTo(Redaction.REDACTED)));
    }

    static CustomerRedacted redaction(UUID orderId, UUID unknownOrder) {
        return new CustomerRedacted(
                UUID.randomUUID(),
                SalesChannel.SHOPIFY,
                "7001",
                List.of(orderId, unknownOrder),
                "customers/redact from test.myshopify.com",
                Instant.now());
    }

    private static OrderAmended amendment(OrderReceived order, Customer to) {
        return new OrderAmended(
                order.orderId(),
                order.orderNumber(),
                order.revision(),
                UUID.randomUUID(),
                List.of("shippingAddress", "contact"),
                new OrderReceived.Address(to.name, to.street, null, "Porto", null, "4000-001", "PT"),
                new OrderAmended.Contact(to.phone, to.email),
                List.of(),
                null,
                "customer moved",
                "customer-service",
                Instant.now());
    }

    /** Every table row (as text) of review's database holding one of the customer's values, and the snapshots' too. */
    private List<String> foundIn(Customer customer) {
        List<String> tables = Db.read(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select table_name::text from information_schema.tables"
                                        + " where table_schema = 'public' and table_type = 'BASE TABLE'",
                                String.class)
                        .getResultList()));
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            for (String value : customer.values()) {
                Long hits = Db.read(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(
                                        "select count(*) from \"" + table + "\" t where t::text ilike :value",
                                        Long.class)
                                .setParameter("value", "%" + value.replace("\\", "\\\\") + "%")
                                .getSingleResult()));
                if (hits > 0) {
                    found.add(table + ": " + value);
                }
            }
        }
        List<String> sealed = Db.read(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select order_snapshot from review where order_snapshot is not null", String.class)
                        .getResultList()));
        for (String snapshot : sealed) {
            String json = snapshots.open(snapshot).toString();
            customer.values().stream()
                    .filter(json::contains)
                    .forEach(v -> found.add("review.order_snapshot (decrypted): " + v));
        }
        return found;
    }

    private OrderReceived snapshotOf(UUID orderId) {
        String sealed = Db.read(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select order_snapshot from review where order_id = :id order by created_at desc limit 1",
                                String.class)
                        .setParameter("id", orderId)
                        .getSingleResult()));
        return snapshots.open(sealed);
    }

    private static long markers(UUID orderId) {
        return Db.read(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from redacted_order where order_id = :id", Long.class)
                        .setParameter("id", orderId)
                        .getSingleResult()));
    }
}
