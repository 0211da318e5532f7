package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.ExchangeRequested;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An exchange from returns (R-X6) becomes a zero-priced replacement order for the original order's customer and
 * address, created like any order ({@code order-received}), linked to the ticket by its external id, once per ticket.
 */
@QuarkusTest
class ExchangeOrderTest {
    @Inject
    OrderRepository orders;

    static ExchangeRequested exchange(UUID returnId, UUID orderId, String sku) {
        return new ExchangeRequested(
                returnId,
                orderId,
                null,
                List.of(new ExchangeRequested.Line(sku, 1, "red, L")),
                "Too small, would like an L",
                "after-sales",
                Instant.now());
    }

    @Test
    void anExchangeCreatesOneZeroPricedReplacementOrderLinkedToTheTicket() throws Exception {
        String sku = Fixtures.newSku();
        UUID original = Fixtures.createOrder(sku);
        UUID returnId = UUID.randomUUID();

        String eventId = Deliver.event(Events.EXCHANGE_REQUESTED, exchange(returnId, original, sku));
        Deliver.event(Events.EXCHANGE_REQUESTED, exchange(returnId, original, sku), eventId);
        Deliver.event(Events.EXCHANGE_REQUESTED, exchange(returnId, original, sku));

        String external = "exchange:" + returnId;
        assertThat(Db.read(() -> orders.count("externalOrderId", external))).isEqualTo(1L);
        String replacement = given().auth()
                .oauth2(Tokens.of("customer-service"))
                .queryParam("externalId", external)
                .get("/api/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");
        Fixtures.get(UUID.fromString(replacement))
                .body("channel", equalTo("STAFF"))
                .body("externalOrderId", equalTo(external))
                .body("status", equalTo("RECEIVED"))
                .body("lines.sku", contains(sku))
                .body("lines[0].productName", equalTo("T-shirt"))
                .body("lines[0].specification", equalTo("red, L"))
                .body("lines[0].unitPrice", equalTo(0.0f))
                .body("remarks.specialRequests", containsString("Replacement for return " + returnId));

        OrderReceived received = Fixtures.awaitOrderReceived(replacement);
        assertThat(received.totalAmount()).isEqualByComparingTo("0");
        assertThat(received.customer().name()).isEqualTo("Ana Silva");
        assertThat(received.shippingAddress().city()).isEqualTo("Lisboa");
        assertThat(received.externalOrderId()).isEqualTo(external);
        // Says what it replaces, so review knows its zero prices are intended.
        assertThat(received.replacement()).isEqualTo(new OrderReceived.Replacement(returnId, original));
        assertThat(received.enteredBy())
                .as("a replacement is not keyed in by staff")
                .isNull();
    }
}
