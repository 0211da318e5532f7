package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.CustomerRedacted;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.repository.PrivacyRequestRepository;
import com.smartstore.oms.intake.repository.WebhookDeliveryRepository;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, part B: Shopify's mandatory privacy webhooks are answered 200 and acted on: a data request lists the
 * customer's orders for staff, a redaction erases the customer's data from their finished orders, a shop redaction
 * waits for an admin; each is one request however often delivered.
 */
@QuarkusTest
class PrivacyWebhookTest {
    @Inject
    PrivacyRequestRepository requests;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Test
    void aDataRequestListsTheCustomersOrdersForStaffOnce() {
        String email = uniqueEmail();
        long named = Webhooks.newPlatformId();
        UUID first = createOrder(named, email);
        UUID second = createOrder(Webhooks.newPlatformId(), email);
        byte[] body = privacy(
                "customers-data-request",
                Map.of("__ORDER_ID__", Long.toString(named), "__EMAIL__", email, "__REQUEST_ID__", "" + named));
        Map<String, String> headers = headers(body, "customers/data_request");

        Response answer = Webhooks.post("shopify", body, headers);
        answer.then()
                .statusCode(200)
                .body("kind", equalTo("DATA_REQUEST"))
                .body("status", equalTo("OPEN"))
                .body("orders", equalTo(2));
        assertThat(Webhooks.post("shopify", body, headers).asString()).isEqualTo(answer.asString());
        String id = answer.path("privacyRequestId");
        assertThat(Db.read(() -> requests.count("platformRequestId", Long.toString(named))))
                .isEqualTo(1);

        request(id, "customer-service")
                .body("customerEmail", equalTo(email))
                .body("platformCustomerId", equalTo("191167"))
                .body("orders.orderId", containsInAnyOrder(first.toString(), second.toString()))
                .body("orders.outcome", containsInAnyOrder("listed", "listed"));
        request(id, "reviewer", 403);
        done(id, "customer-service", "export sent to the customer")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("closedBy", equalTo("customer-service"));
        done(id, "manager", "again").then().statusCode(409).body("error", equalTo("request-closed"));
        done(id, "manager", " ").then().statusCode(400);
    }

    @Test
    void aRedactionErasesTheCustomersFinishedOrdersAndKeepsOneInProgress() throws Exception {
        String email = uniqueEmail();
        long shippedId = Webhooks.newPlatformId();
        long openId = Webhooks.newPlatformId();
        UUID shipped = createOrder(shippedId, email);
        UUID open = createOrder(openId, email);
        Fixtures.reach(shipped, "SHIPPED");
        byte[] body =
                privacy("customers-redact", Map.of("__ORDER_IDS__", shippedId + ", " + openId, "__EMAIL__", email));

        String id = Webhooks.post("shopify", body, headers(body, "customers/redact"))
                .then()
                .statusCode(200)
                .body("kind", equalTo("CUSTOMER_REDACT"))
                .body("status", equalTo("OPEN"))
                .body("orders", equalTo(2))
                .extract()
                .path("privacyRequestId");

        Fixtures.get(shipped)
                .body("customer.name", equalTo("[redacted]"))
                .body("customer.email", nullValue())
                .body("customer.phone", nullValue())
                .body("shippingAddress.line1", equalTo("[redacted]"))
                .body("shippingAddress.postalCode", equalTo("[redacted]"))
                .body("shippingAddress.country", equalTo("PT"))
                .body("remarks.specialRequests", nullValue())
                .body("history.detail", hasItem(startsWith("personal data erased at the customer's request")));
        Fixtures.get(open).body("customer.email", equalTo(email));
        CustomerRedacted event = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.CUSTOMER_REDACTED, id, 1)
                                .get(0)
                                .value(),
                        CustomerRedacted.class);
        assertThat(event.orderIds()).containsExactly(shipped);
        assertThat(event.channel()).isEqualTo(SalesChannel.SHOPIFY);
        assertThat(event.platformCustomerId()).isEqualTo("191167");
        assertThat(event.reason()).isEqualTo("customers/redact from smart-store-demo.myshopify.com");
        request(id, "manager")
                .body("customerEmail", nullValue())
                .body("orders.find { it.orderId == '" + shipped + "' }.outcome", equalTo("redacted"))
                .body("orders.find { it.orderId == '" + open + "' }.outcome", startsWith("kept: RECEIVED"));
        assertThat(Db.read(() -> deliveries.list("orderId", shipped)))
                .allSatisfy(d -> assertThat(d.payload).isEqualTo("{\"redacted\":true}"));
        // The events of the erased order that went out are no longer kept in the outbox; the other order's are.
        assertThat(outboxPayloads(shipped)).noneMatch(p -> p.contains(email));
        assertThat(outboxPayloads(open)).anyMatch(p -> p.contains(email));
        assertThat(Db.read(() -> deliveries.list("orderId", open)))
                .allSatisfy(d -> assertThat(d.payload).contains(email));
        assertThat(Db.read(() ->
                        deliveries.list("topic = ?1 and problem = ?2", "customers/redact", "privacy request " + id)))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.outcome).isEqualTo(WebhookDelivery.Outcome.PRIVACY_REQUEST);
                    assertThat(d.payload).doesNotContain(email);
                });
    }

    @Test
    void aShopRedactionIsRecordedForAnAdmin() {
        byte[] body = privacy("shop-redact", Map.of());
        String id = Webhooks.post("shopify", body, headers(body, "shop/redact"))
                .then()
                .statusCode(200)
                .body("kind", equalTo("SHOP_REDACT"))
                .body("status", equalTo("OPEN"))
                .extract()
                .path("privacyRequestId");
        request(id, "admin").body("shop", equalTo("smart-store-demo.myshopify.com"));
        Webhooks.post("shopify", Webhooks.replace(body, "954889", "954880"), headers(body, "shop/redact"))
                .then()
                .statusCode(401)
                .body("error", containsString("signature"));
    }

    private static UUID createOrder(long platformId, String email) {
        byte[] body = Webhooks.replace(
                Webhooks.shopifyOrder(platformId, Fixtures.newSku(), Fixtures.newSku()),
                "ines.costa@example.com",
                email);
        String id = Webhooks.post("shopify", body, Webhooks.shopifyHeaders(body))
                .then()
                .statusCode(201)
                .extract()
                .path("orderId");
        return UUID.fromString(id);
    }

    private static String uniqueEmail() {
        return "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static ValidatableResponse request(String id, String user) {
        return request(id, user, 200);
    }

    private static ValidatableResponse request(String id, String user, int status) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .get("/api/privacy-requests/" + id)
                .then()
                .statusCode(status);
    }

    private static Response done(String id, String user, String note) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(Map.of("note", note))
                .post("/api/privacy-requests/" + id + "/done");
    }

    private static Map<String, String> headers(byte[] body, String topic) {
        Map<String, String> headers = Webhooks.shopifyHeaders(body);
        headers.put("X-Shopify-Topic", topic);
        return headers;
    }

    private static byte[] privacy(String name, Map<String, String> values) {
        return Webhooks.resource("/platforms/privacy/shopify/" + name + ".json", values);
    }

    private List<String> outboxPayloads(UUID orderId) {
        return Db.read(() -> deliveries
                .getSession()
                .chain(session -> session.createNativeQuery(
                                "select payload from outbox where event_key = :key", String.class)
                        .setParameter("key", orderId.toString())
                        .getResultList()));
    }
}
