package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: every price fits its column, and price times quantity need not: an order whose total, discounts or
 * shipping add up to more than an order holds is a 400 naming the fields and stores nothing (it was a 500: PostgreSQL
 * refused the total, numeric(12, 2)). Found by FuzzIT, reported in the issue.
 */
@QuarkusTest
class OrderAmountLimitTest {
    private static final String MAX_PRICE = "9999999999.99";

    @Inject
    OrderRepository orders;

    @Test
    void priceTimesQuantityOverTheLargestTotalIsA400NamingTheLinesAndStoresNothing() {
        long before = Db.read(() -> orders.count());

        create(Fixtures.order(Fixtures.newSku(), 2, MAX_PRICE, "1.00"))
                .statusCode(400)
                .body("error", equalTo("amount-too-large"))
                .body("message", containsString("lines"))
                .body("message", containsString("19999999999.98"));

        assertThat(Db.read(() -> orders.count())).isEqualTo(before);
    }

    @Test
    void shippingLinesOverTheLargestAmountAreA400NamingThem() {
        Map<String, Object> order = new HashMap<>(Fixtures.order(Fixtures.newSku(), 1, "1.00", "1.00"));
        order.put(
                "shippingLines",
                List.of(
                        Map.of("title", "Express", "amount", MAX_PRICE),
                        Map.of("title", "Insurance", "amount", MAX_PRICE)));

        create(order).statusCode(400).body("message", containsString("shippingLines"));
    }

    @Test
    void anAmendmentRaisingTheQuantityOverTheLargestTotalIsA400AndChangesNothing() {
        UUID id = UUID.fromString(create(Fixtures.order(Fixtures.newSku(), 1, "999999999.99", "999999999.99"))
                .statusCode(201)
                .extract()
                .path("id"));

        AmendmentTest.amend(
                        id,
                        "customer-service",
                        Map.of("reason", "wants a lot more", "lines", List.of(Map.of("lineNo", 1, "quantity", 11))))
                .then()
                .statusCode(400)
                .body("error", equalTo("amount-too-large"))
                .body("message", containsString("lines"));

        Fixtures.get(id).body("lines[0].quantity", equalTo(1));
    }

    private static io.restassured.response.ValidatableResponse create(Map<String, Object> order) {
        return given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(order)
                .post("/api/orders")
                .then();
    }
}
