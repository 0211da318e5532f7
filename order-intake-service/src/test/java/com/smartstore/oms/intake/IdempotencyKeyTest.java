package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /api/orders} with an {@code Idempotency-Key}: a retry gets the original answer, not a second order. */
@QuarkusTest
class IdempotencyKeyTest {
    @Inject
    OrderRepository orders;

    private static Response post(String user, String key, Map<String, Object> body) {
        var request = given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(body).post("/api/orders");
    }

    @Test
    void sameKeyAndBodyGetsTheOriginalAnswer() {
        String key = UUID.randomUUID().toString();
        String sku = Fixtures.newSku();
        Map<String, Object> body = Fixtures.order(sku, 2, "12.50", "25.00");

        Response first = post("order-clerk", key, body);
        first.then().statusCode(201);
        Response again = post("order-clerk", key, body);
        again.then().statusCode(201).header("Location", equalTo(first.header("Location")));

        assertThat(again.asString()).isEqualTo(first.asString());
        String id = first.path("id");
        assertThat(again.<String>path("id")).isEqualTo(id);
        assertThat(Db.read(() -> orders.count("from Order o join o.lines l where l.sku = ?1", sku)))
                .isEqualTo(1);
        assertThat(TestKafka.awaitRecords(Topics.ORDER_RECEIVED, id, 1)).hasSize(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        post("order-clerk", key, Fixtures.order(Fixtures.newSku(), 2, "12.50", "25.00"))
                .then()
                .statusCode(201);
        post("order-clerk", key, Fixtures.order(Fixtures.newSku(), 3, "12.50", "37.50"))
                .then()
                .statusCode(422)
                .body("error", equalTo("idempotency-key-reused"));
    }

    @Test
    void keysArePerUser() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.order(Fixtures.newSku(), 1, "5.00", "5.00");
        String clerks =
                post("order-clerk", key, body).then().statusCode(201).extract().path("id");
        String sales = post("sales", key, body).then().statusCode(201).extract().path("id");
        assertThat(sales).isNotEqualTo(clerks);
    }

    @Test
    void withoutAKeyEveryPostIsANewOrder() {
        Map<String, Object> body = Fixtures.order(Fixtures.newSku(), 1, "5.00", "5.00");
        String one =
                post("order-clerk", null, body).then().statusCode(201).extract().path("id");
        String two =
                post("order-clerk", null, body).then().statusCode(201).extract().path("id");
        assertThat(two).isNotEqualTo(one);
    }

    @Test
    void anOverlongKeyIs400AndNamed() {
        post("order-clerk", "k".repeat(201), Fixtures.order(Fixtures.newSku(), 1, "5.00", "5.00"))
                .then()
                .statusCode(400)
                .body("details.field", org.hamcrest.Matchers.hasItem("Idempotency-Key"));
    }
}
