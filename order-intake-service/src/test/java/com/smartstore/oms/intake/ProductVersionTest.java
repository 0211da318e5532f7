package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 case 6: catalogue edits name the version they were based on ({@code version} in the body), so two
 * concurrent edits cannot both win and a stale one is refused instead of silently undoing the other.
 */
@QuarkusTest
class ProductVersionTest {

    static String create(String price) {
        String sku = Fixtures.newSku();
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "name", "Mug", "unitPrice", price))
                .post("/api/products")
                .then()
                .statusCode(201)
                .body("version", equalTo(0));
        return sku;
    }

    static Response update(String sku, String user, String price, Integer version) {
        Map<String, Object> body = new HashMap<>(Map.of("sku", sku, "name", "Mug", "unitPrice", price));
        if (version != null) {
            body.put("version", version);
        }
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/products/" + sku);
    }

    @Test
    void anEditBasedOnAnOlderVersionIs409AndChangesNothing() {
        String sku = create("5.00");
        update(sku, "manager", "6.00", 0).then().statusCode(200).body("version", equalTo(1));
        update(sku, "admin", "7.00", 0)
                .then()
                .statusCode(409)
                .body("error", equalTo("stale-product"))
                .body("message", containsString("version 1"));
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/products/" + sku)
                .then()
                .statusCode(200)
                .body("unitPrice", equalTo(6.0f))
                .body("version", equalTo(1));
        update(sku, "admin", "7.00", null).then().statusCode(400).body("error", equalTo("missing-version"));
    }

    @Test
    void twoConcurrentEditsOfTheSameVersionCannotBothWin() {
        for (int round = 0; round < 5; round++) {
            String sku = create("5.00");
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> edits = List.of("6.00", "8.00").stream()
                    .map(price -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return update(sku, "manager", price, 0);
                    }))
                    .toList();
            start.countDown();
            List<Response> answers = edits.stream().map(CompletableFuture::join).toList();
            assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
            Response winner = answers.stream()
                    .filter(r -> r.statusCode() == 200)
                    .findFirst()
                    .orElseThrow();
            given().auth()
                    .oauth2(Tokens.of("manager"))
                    .get("/api/products/" + sku)
                    .then()
                    .body("unitPrice", equalTo(winner.<Float>path("unitPrice")))
                    .body("version", equalTo(1));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
