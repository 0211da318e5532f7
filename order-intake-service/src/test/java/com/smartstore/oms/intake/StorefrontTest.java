package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R-I1: the shop's own order page places orders priced from the catalogue, never by the caller. */
@QuarkusTest
class StorefrontTest {

    static String product(String price, boolean active) {
        String sku = Fixtures.newSku();
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "sku",
                        sku,
                        "name",
                        "Linen shirt",
                        "specification",
                        "white, S",
                        "unitPrice",
                        price,
                        "active",
                        active))
                .post("/api/products")
                .then()
                .statusCode(201);
        return sku;
    }

    static Map<String, Object> order(List<Map<String, Object>> lines, Map<String, Object> payment) {
        return Map.of(
                "customer",
                Map.of("name", "Marta Reis", "email", "marta@example.com"),
                "shippingAddress",
                Map.of("line1", "Rua do Ouro 1", "city", "Lisboa", "postalCode", "1100-060", "country", "PT"),
                "lines",
                lines,
                "payment",
                payment);
    }

    static Response place(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/storefront/orders");
    }

    @Test
    void pricedFromTheCatalogueWhateverTheCallerSends() throws Exception {
        String shirt = product("39.90", true);
        String id = place(
                        Tokens.ofClient("oms-storefront"),
                        order(
                                List.of(Map.of(
                                        "sku", shirt, "quantity", 2, "unitPrice", "0.01", "productName", "Free")),
                                Map.of("method", "ONLINE", "paidAt", "2026-11-27T11:00:00Z")))
                .then()
                .statusCode(201)
                .body("totalAmount", equalTo(79.8f))
                .extract()
                .path("id");
        Fixtures.get(UUID.fromString(id))
                .body("channel", equalTo("STOREFRONT"))
                .body("lines[0].productName", equalTo("Linen shirt"))
                .body("lines[0].unitPrice", equalTo(39.9f))
                .body("payment.amount", equalTo(79.8f));
        OrderReceived event = Fixtures.awaitOrderReceived(id);
        assertThat(event.channel()).isEqualTo(SalesChannel.STOREFRONT);
        assertThat(event.lines().get(0).unitPrice()).isEqualByComparingTo("39.90");
        assertThat(event.charges().shipping()).isEqualByComparingTo("0");
        assertThat(event.charges().tax()).isEqualByComparingTo("0");
    }

    @Test
    void instalmentsAreSplitFromTheTotal() throws Exception {
        String shirt = product("40.00", true);
        String id = place(
                        Tokens.ofClient("oms-storefront"),
                        order(
                                List.of(Map.of("sku", shirt, "quantity", 3)),
                                Map.of("method", "INSTALMENTS", "instalments", 3)))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        OrderReceived event = Fixtures.awaitOrderReceived(id);
        assertThat(event.payment().method()).isEqualTo(PaymentMethod.INSTALMENTS);
        assertThat(event.payment().instalments().count()).isEqualTo(3);
        assertThat(event.payment().instalments().amountPerInstalment()).isEqualByComparingTo("40.00");
    }

    @Test
    void unknownOrInactiveSkusAre422NamingTheSku() {
        String retired = product("10.00", false);
        String token = Tokens.ofClient("oms-storefront");
        place(token, order(List.of(Map.of("sku", "NO-SUCH-SKU", "quantity", 1)), Map.of("method", "CASH_ON_DELIVERY")))
                .then()
                .statusCode(422)
                .body("error", equalTo("unknown-sku"))
                .body("message", containsString("NO-SUCH-SKU"));
        place(token, order(List.of(Map.of("sku", retired, "quantity", 1)), Map.of("method", "ONLINE")))
                .then()
                .statusCode(422)
                .body("message", containsString(retired));
    }

    @Test
    void onlyTheStorefrontRole() {
        String shirt = product("5.00", true);
        var body = order(List.of(Map.of("sku", shirt, "quantity", 1)), Map.of("method", "ONLINE"));
        place(Tokens.of("order-clerk"), body).then().statusCode(403);
        place(Tokens.ofClient("oms-internal-app"), body).then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/storefront/orders")
                .then()
                .statusCode(401);
    }
}
