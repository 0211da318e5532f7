package com.smartstore.oms.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A customer's redaction (issue 10): returns keeps no name, contact or address, only the reason the customer gave for a
 * return, which is erased for the listed orders (ticket and outbox); the goods and the ticket's state stay.
 */
@QuarkusTest
class CustomerRedactedTest {

    @Inject
    ShippedOrderRepository shipments;

    @Test
    void theListedOrdersReturnReasonsAreErasedAndNothingElse() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String phone = "+351 91 " + tag;
        String street = "Rua do Ouro " + tag;
        UUID orderId = Fixtures.shippedOrder(shipments);
        UUID unrelated = Fixtures.shippedOrder(shipments);
        String ticket = open(orderId, "Broken on arrival, call " + phone + " or come to " + street);
        String other = open(unrelated, "Too small " + tag);
        Fixtures.contact(ticket, Map.of("channel", "PHONE", "note", "Called " + phone))
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !foundIn(List.of(phone, street)).isEmpty());

        CustomerRedacted redaction = redaction(orderId, UUID.randomUUID());
        String eventId = Deliver.event(Events.CUSTOMER_REDACTED, redaction);

        ticket(ticket)
                .body("notes", equalTo("[redacted]"))
                .body("reason", equalTo("QUALITY"))
                .body("contacts[0].note", equalTo("[redacted]"))
                .body("contacts[0].channel", equalTo("PHONE"))
                .body("status", equalTo("REQUESTED"))
                .body("lines[0].sku", equalTo("SKU-A"))
                .body("lines[0].quantity", equalTo(1))
                .body("requestedBy", equalTo("customer-service"));
        ticket(other).body("notes", equalTo("Too small " + tag));
        assertThat(foundIn(List.of(phone, street))).isEmpty();

        // Redelivered: skipped by the inbox; the same request under a new id (same key, behind it) changes nothing.
        Deliver.event(Events.CUSTOMER_REDACTED, redaction, eventId);
        Deliver.event(Events.CUSTOMER_REDACTED, redaction);
        ticket(ticket).body("notes", equalTo("[redacted]"));
        ticket(other).body("notes", equalTo("Too small " + tag));
        assertThat(markers(orderId)).isEqualTo(1L);
    }

    @Test
    void theNotesAnExchangeCarriedAreErasedFromTheOutboxToo() {
        String tag = "call-me-" + UUID.randomUUID().toString().substring(0, 8);
        UUID orderId = Fixtures.shippedOrder(shipments);
        String id = open(orderId, "Please call " + tag);
        String path = "/api/returns/" + id;
        ReceiptAndInspectionTest.post(
                        "warehouse", path + "/receipt", Map.of("lines", List.of(Map.of("sku", "SKU-A", "quantity", 1))))
                .statusCode(200);
        ReceiptAndInspectionTest.post(
                        "after-sales",
                        path + "/inspection",
                        Map.of(
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "condition", "faulty", "disposition", "DEFECTIVE"))))
                .statusCode(200);
        ReceiptAndInspectionTest.post("after-sales", path + "/exchange", Map.of())
                .statusCode(200);
        assertThat(foundIn(List.of(tag))).isNotEmpty();

        Deliver.event(Events.CUSTOMER_REDACTED, redaction(orderId));

        assertThat(foundIn(List.of(tag))).isEmpty();
        ticket(id).body("notes", equalTo("[redacted]")).body("outcome", equalTo("EXCHANGED"));
    }

    @Test
    void aRedactionBeforeTheOrderShippedIsRecordedAndTheShipmentStillArrives() {
        UUID orderId = UUID.randomUUID();
        Deliver.event(Events.CUSTOMER_REDACTED, redaction(orderId));
        assertThat(markers(orderId)).isEqualTo(1L);

        Deliver.event(Events.SHIPPED, Fixtures.shipped(orderId, UUID.randomUUID()));
        Fixtures.awaitShipments(shipments, orderId, 1);
    }

    private static String open(UUID orderId, String notes) {
        return Fixtures.requestReturn(
                        "customer-service",
                        Map.of(
                                "orderId",
                                orderId,
                                "reason",
                                "QUALITY",
                                "notes",
                                notes,
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "quantity", 1))))
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse ticket(String id) {
        return given().auth()
                .oauth2(Tokens.of("after-sales"))
                .get("/api/returns/" + id)
                .then()
                .statusCode(200);
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

    /** Every table of returns' database with a row (as text) holding one of the values. */
    private static List<String> foundIn(List<String> values) {
        List<String> tables = Db.read(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "select table_name::text from information_schema.tables"
                                        + " where table_schema = 'public' and table_type = 'BASE TABLE'",
                                String.class)
                        .getResultList()));
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            for (String value : values) {
                Long hits = Db.read(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(
                                        "select count(*) from \"" + table + "\" t where t::text ilike :value",
                                        Long.class)
                                .setParameter("value", "%" + value + "%")
                                .getSingleResult()));
                if (hits > 0) {
                    found.add(table + ": " + value);
                }
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
