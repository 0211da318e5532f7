package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-I10: customer changes while the order is in progress, allowed or refused by its stage, and published. */
@QuarkusTest
class AmendmentTest {
    private static final Map<String, Object> NEW_ADDRESS =
            Map.of("line1", "Avenida da Liberdade 100", "city", "Lisboa", "postalCode", "1250-096", "country", "PT");

    static Response amend(UUID id, String user, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/orders/" + id + "/amendments");
    }

    static String product(String price) {
        String sku = Fixtures.newSku();
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "name", "Hoodie", "specification", "grey, L", "unitPrice", price))
                .post("/api/products")
                .then()
                .statusCode(201);
        return sku;
    }

    @Test
    void addressContactAndQuantityChangeArePublishedWithOnlyWhatChanged() throws Exception {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        amend(
                        id,
                        "customer-service",
                        Map.of(
                                "reason",
                                "customer moved",
                                "shippingAddress",
                                NEW_ADDRESS,
                                "contact",
                                Map.of("phone", "+351 933 000 111"),
                                "lines",
                                List.of(Map.of("lineNo", 1, "quantity", 3))))
                .then()
                .statusCode(201)
                .body("changed", contains("shippingAddress", "contact", "lines"))
                .body("amendedBy", equalTo("customer-service"));

        Fixtures.get(id)
                .body("shippingAddress.line1", equalTo("Avenida da Liberdade 100"))
                .body("customer.phone", equalTo("+351 933 000 111"))
                .body("customer.email", equalTo("ana@example.com"))
                .body("lines[0].quantity", equalTo(3))
                .body("totalAmount", equalTo(37.5f))
                .body("history.detail", hasItem(containsString("amended (shippingAddress, contact, lines)")));
        AuditTest.audit(id).body("action", hasItem("AMENDED"));
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .queryParam("phone", "+351933000111")
                .get("/api/orders")
                .then()
                .body("items.id", hasItem(id.toString()));

        var record =
                TestKafka.awaitRecords(Topics.ORDER_AMENDED, id.toString(), 1).get(0);
        OrderAmended event = EventJson.mapper().readValue(record.value(), OrderAmended.class);
        assertThat(event.changed()).containsExactly("shippingAddress", "contact", "lines");
        assertThat(event.shippingAddress().line1()).isEqualTo("Avenida da Liberdade 100");
        assertThat(event.contact().phone()).isEqualTo("+351 933 000 111");
        assertThat(event.contact().email()).isNull();
        assertThat(event.lines()).singleElement().satisfies(l -> {
            assertThat(l.lineNo()).isEqualTo(1);
            assertThat(l.quantity()).isEqualTo(3);
        });
        assertThat(event.totalAmount()).isEqualByComparingTo("37.50");
        assertThat(event.reason()).isEqualTo("customer moved");
    }

    @Test
    void anotherSkuIsPricedFromTheCatalogueAndAnUnknownOneIs422() throws Exception {
        String tshirt = Fixtures.newSku();
        UUID id = Fixtures.createOrder(tshirt);
        String hoodie = product("30.00");
        amend(
                        id,
                        "customer-service",
                        Map.of("reason", "wants a hoodie", "lines", List.of(Map.of("lineNo", 1, "sku", hoodie))))
                .then()
                .statusCode(201);
        Fixtures.get(id)
                .body("lines[0].sku", equalTo(hoodie))
                .body("lines[0].productName", equalTo("Hoodie"))
                .body("lines[0].specification", equalTo("grey, L"))
                .body("totalAmount", equalTo(60.0f));
        var event = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.ORDER_AMENDED, id.toString(), 1)
                                .get(0)
                                .value(),
                        OrderAmended.class);
        assertThat(event.changed()).containsExactly("lines");
        assertThat(event.shippingAddress()).isNull();
        assertThat(event.lines().get(0).unitPrice()).isEqualByComparingTo("30.00");
        // What the line was, so the warehouse releases the old variant's units and reserves the new one's.
        assertThat(event.lines().get(0).previousSku()).isEqualTo(tshirt);
        assertThat(event.lines().get(0).previousQuantity())
                .isEqualTo(event.lines().get(0).quantity());

        amend(id, "customer-service", Map.of("reason", "x", "lines", List.of(Map.of("lineNo", 1, "sku", "NOPE-1"))))
                .then()
                .statusCode(422)
                .body("message", containsString("NOPE-1"));
        // Found by the fuzzer: a null line was a 500.
        amend(id, "customer-service", Map.of("reason", "x", "lines", java.util.Collections.singletonList(null)))
                .then()
                .statusCode(400)
                .body("message", containsString("lines[0]"));
        amend(id, "customer-service", Map.of("reason", "x", "lines", List.of(Map.of("lineNo", 9, "quantity", 1))))
                .then()
                .statusCode(422)
                .body("message", containsString("no line 9"));
        amend(id, "customer-service", Map.of("reason", "x", "lines", List.of(Map.of("lineNo", 1, "quantity", 0))))
                .then()
                .statusCode(422)
                .body("message", containsString("cancel the order instead"))
                // The field that would remove the last line is named, as every refused field is (issue 16).
                .body("message", startsWith("lines[0].quantity: "));
        Fixtures.get(id).body("lines[0].sku", equalTo(hoodie)).body("lines[0].quantity", equalTo(2));
    }

    @Test
    void quantityZeroRemovesALine() throws Exception {
        var body = new java.util.HashMap<>(Fixtures.order(Fixtures.newSku(), 1, "10.00", "15.00"));
        body.put(
                "lines",
                List.of(
                        Map.of("sku", Fixtures.newSku(), "productName", "Cap", "quantity", 1, "unitPrice", "10.00"),
                        Map.of("sku", Fixtures.newSku(), "productName", "Socks", "quantity", 1, "unitPrice", "5.00")));
        UUID id = UUID.fromString(given().auth()
                .oauth2(Tokens.of("customer-service"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        amend(
                        id,
                        "customer-service",
                        Map.of("reason", "no socks", "lines", List.of(Map.of("lineNo", 2, "quantity", 0))))
                .then()
                .statusCode(201);
        Fixtures.get(id).body("lines.productName", contains("Cap")).body("totalAmount", equalTo(10.0f));
        var event = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.ORDER_AMENDED, id.toString(), 1)
                                .get(0)
                                .value(),
                        OrderAmended.class);
        assertThat(event.lines())
                .singleElement()
                .satisfies(l -> assertThat(l.quantity()).isZero());
    }

    @Test
    void linesOnlyUntilPickedAddressOnlyUntilShipped() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        Fixtures.reach(id, "PICKED");
        amend(id, "customer-service", Map.of("reason", "more", "lines", List.of(Map.of("lineNo", 1, "quantity", 5))))
                .then()
                .statusCode(409)
                .body("error", equalTo("amendment-refused"))
                .body("message", containsString("PICKED"));
        amend(id, "customer-service", Map.of("reason", "new flat", "shippingAddress", NEW_ADDRESS))
                .then()
                .statusCode(201);

        Fixtures.reach(id, "SHIPPED");
        amend(id, "customer-service", Map.of("reason", "again", "contact", Map.of("email", "new@example.com")))
                .then()
                .statusCode(409)
                .body("message", containsString("SHIPPED"));
        Fixtures.get(id).body("customer.email", equalTo("ana@example.com"));
    }

    @Test
    void anEmptyAmendmentIs400AndOnlyCustomerServiceAmends() {
        UUID id = Fixtures.createOrder(Fixtures.newSku());
        amend(id, "customer-service", Map.of("reason", "nothing")).then().statusCode(400);
        amend(id, "order-clerk", Map.of("reason", "x", "contact", Map.of("email", "a@b.pt")))
                .then()
                .statusCode(403);
        amend(UUID.randomUUID(), "customer-service", Map.of("reason", "x", "contact", Map.of("email", "a@b.pt")))
                .then()
                .statusCode(404);
    }
}
