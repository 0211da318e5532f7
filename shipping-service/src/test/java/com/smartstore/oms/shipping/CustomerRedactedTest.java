package com.smartstore.oms.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A customer's redaction (issue 10): shipping erases the listed orders' name and addresses, of shipments that left and
 * of shipments still waiting (which can then not be dispatched), changes nothing on a redelivery, and stores an order
 * that arrives after its redaction already erased.
 */
@QuarkusTest
class CustomerRedactedTest {
    private static final String REDACTED = "[redacted]";

    /** A customer whose details appear nowhere else in the test database. */
    private record Customer(String name, String phone, String email, String street) {
        static Customer unique() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Customer("Rita " + tag, "+351 91 " + tag, tag + "@example.org", "Rua do Ouro " + tag);
        }

        List<String> values() {
            return List.of(name, phone, email, street);
        }
    }

    @Test
    void theListedOrdersLoseNameAndAddressAndKeepTheirShipments() {
        Customer ana = Customer.unique();
        Customer rui = Customer.unique();
        Customer other = Customer.unique();
        UUID shippedOrder = UUID.randomUUID();
        UUID waitingOrder = UUID.randomUUID();
        UUID unrelatedOrder = UUID.randomUUID();
        String shipped = packed(shippedOrder, ana);
        String waiting = packed(waitingOrder, rui);
        packed(unrelatedOrder, other);
        Fixtures.dispatch(shipped, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR1PT"))
                .statusCode(200);
        // Control: the search finds what is stored in plain (the order number); the customer's name, contact and
        // address are stored encrypted (R-SEC1), so it finds them nowhere, before the redaction as after it, and
        // the views (which decrypt) prove the erasure.
        assertThat(found(Fixtures.orderNumber(shippedOrder)))
                .as("control: the search works")
                .isNotEmpty();
        assertThat(foundIn(ana)).as("encrypted at rest").isEmpty();
        Fixtures.shipmentsOf(shippedOrder).body("items[0].shipTo.recipient", equalTo(ana.name));

        CustomerRedacted redaction = redaction(shippedOrder, waitingOrder, UUID.randomUUID());
        String eventId = Deliver.event(Events.CUSTOMER_REDACTED, redaction);

        Fixtures.shipmentsOf(shippedOrder)
                .body("items[0].status", equalTo("SHIPPED"))
                .body("items[0].shipTo.recipient", equalTo(REDACTED))
                .body("items[0].shipTo.line1", equalTo(REDACTED))
                .body("items[0].shipTo.city", equalTo(REDACTED))
                .body("items[0].shipTo.postalCode", equalTo(REDACTED))
                .body("items[0].shipTo.line2", equalTo(null))
                .body("items[0].shipTo.country", equalTo("PT"))
                .body("items[0].carrier", equalTo("CTT"))
                .body("items[0].trackingNumber", equalTo("RR1PT"))
                .body("items[0].items[0].sku", equalTo("SKU-A"))
                .body("items[0].items[0].quantity", equalTo(2));
        Fixtures.shipmentsOf(waitingOrder)
                .body("items[0].status", equalTo("WAITING_DISPATCH"))
                .body("items[0].shipTo.line1", equalTo(REDACTED));
        Fixtures.dispatch(waiting, "shipping", Map.of("carrier", "CTT", "trackingNumber", "RR2PT"))
                .statusCode(409)
                .body("error", equalTo("address-redacted"));
        assertThat(foundIn(ana)).isEmpty();
        assertThat(foundIn(rui)).isEmpty();
        Fixtures.shipmentsOf(unrelatedOrder).body("items[0].shipTo.line1", equalTo(other.street));
        assertThat(foundIn(other)).as("kept, encrypted").isEmpty();

        // Redelivered: skipped by the inbox; the same request again under a new id (same key, so behind it) changes
        // nothing either, and the erasure is recorded once per order.
        Deliver.event(Events.CUSTOMER_REDACTED, redaction, eventId);
        Deliver.event(Events.CUSTOMER_REDACTED, redaction);
        Fixtures.shipmentsOf(shippedOrder)
                .body("items[0].shipTo.line1", equalTo(REDACTED))
                .body("items[0].status", equalTo("SHIPPED"));
        assertThat(markers(shippedOrder)).isEqualTo(1L);
    }

    @Test
    void anOrderWhoseRedactionCameFirstIsStoredErasedAndALateAmendmentBringsNothingBack() {
        Customer ana = Customer.unique();
        Customer moved = Customer.unique();
        Customer later = Customer.unique();
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.CUSTOMER_REDACTED, redaction(orderId));

        // An amendment overtakes the order (parked), then the order and its pick list arrive.
        Deliver.event(Events.ORDER_AMENDED, amendment(orderId, moved));
        assertThat(foundIn(moved)).as("the parked amendment keeps no address").isEmpty();
        Deliver.event(Events.ORDER_RECEIVED, order(orderId, ana));
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        await().atMost(Fixtures.WAIT)
                .untilAsserted(() -> Fixtures.shipmentsOf(orderId)
                        .body("items[0].orderNumber", equalTo(Fixtures.orderNumber(orderId)))
                        .body("items[0].shipTo.line1", equalTo(REDACTED))
                        .body("items[0].shipTo.country", equalTo("PT")));

        // A replayed amendment and a replayed order after that: neither brings an address back.
        Deliver.event(Events.ORDER_AMENDED, amendment(orderId, later));
        Deliver.event(Events.ORDER_RECEIVED, order(orderId, ana));

        Fixtures.shipmentsOf(orderId)
                .body("items[0].shipTo.line1", equalTo(REDACTED))
                .body("items[0].shipTo.city", equalTo(REDACTED));
        assertThat(foundIn(ana)).isEmpty();
        assertThat(foundIn(moved)).isEmpty();
        assertThat(foundIn(later)).isEmpty();
    }

    private static String packed(UUID orderId, Customer customer) {
        Deliver.event(Events.ORDER_RECEIVED, order(orderId, customer));
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        await().atMost(Fixtures.WAIT)
                .untilAsserted(
                        () -> Fixtures.shipmentsOf(orderId).body("items[0].shipTo.line1", equalTo(customer.street)));
        return Fixtures.shipmentsOf(orderId).extract().path("items[0].id");
    }

    private static OrderReceived order(UUID orderId, Customer customer) {
        return OrderBuilder.anOrder()
                .id(orderId)
                .number(Fixtures.orderNumber(orderId))
                .channel(SalesChannel.SHOPIFY)
                .customer(new OrderReceived.Customer("c-test", customer.name, customer.phone, customer.email))
                .address(new OrderReceived.Address(
                        null, customer.street, "2nd floor", "Lisboa", "Lisboa", "1100-060", "PT"))
                .line("SKU-A", "T-shirt", "red, M", 2, "12.50")
                .remarks(new OrderReceived.Remarks("ring twice", null, null))
                .payment(PaymentMethod.ONLINE, "25.00", Instant.now())
                .receivedAt(Instant.now())
                .build();
    }

    private static OrderAmended amendment(UUID orderId, Customer to) {
        return new OrderAmended(
                orderId,
                Fixtures.orderNumber(orderId),
                1,
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

    static CustomerRedacted redaction(UUID... orderIds) {
        return new CustomerRedacted(
                UUID.randomUUID(),
                SalesChannel.SHOPIFY,
                "7001",
                List.of(orderIds),
                "customers/redact from test.myshopify.com",
                Instant.now());
    }

    /** Every table of shipping's database with a row (as text) holding one of the customer's values. */
    private static List<String> foundIn(Customer customer) {
        List<String> found = new ArrayList<>();
        for (String value : customer.values()) {
            found.addAll(found(value));
        }
        return found;
    }

    /** The tables holding this text anywhere in a row (plain, as stored). */
    private static List<String> found(String value) {
        List<String> tables = Db.read(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select table_name::text from information_schema.tables"
                                        + " where table_schema = 'public' and table_type = 'BASE TABLE'",
                                String.class)
                        .getResultList()));
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            Long hits = Db.read(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery(
                                    "select count(*) from \"" + table + "\" t where t::text ilike :value", Long.class)
                            .setParameter("value", "%" + value + "%")
                            .getSingleResult()));
            if (hits > 0) {
                found.add(table + ": " + value);
            }
        }
        return found;
    }

    private static long markers(UUID orderId) {
        return Db.read(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from redacted_order where order_id = :id", Long.class)
                        .setParameter("id", orderId)
                        .getSingleResult()));
    }
}
