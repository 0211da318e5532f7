package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.heldOnlyFor;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.review;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Managers keep a blacklist of hashed contact details; an order from a listed customer waits for a reviewer. */
@QuarkusTest
class BlacklistTest {

    @Test
    void anOrderWithABlacklistedPhoneIsHeldWithoutShowingThePhone() {
        String phone = "+351 91" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String id = add(Map.of("kind", "PHONE", "value", phone, "reason", "three chargebacks"))
                .statusCode(201)
                .body("kind", equalTo("PHONE"))
                .body("hint", equalTo(com.smartstore.oms.kit.pii.PiiMask.phone(phone)))
                .body("createdBy", equalTo("manager"))
                .body("$", not(org.hamcrest.Matchers.hasKey("value")))
                .extract()
                .path("id");
        try {
            String sku = newSku();
            catalogued(sku, "10.00", 5);
            // Written differently from the entry: matched on the normalised form's hash.
            OrderReceived order = anOrder()
                    .customer("c-" + UUID.randomUUID(), phone.replace(" ", "").replace("+", "00"), null)
                    .line(sku, 1, "10.00")
                    .build();

            OrderHeld held = heldOnlyFor(order, "blacklisted-customer");

            assertThat(held.failedRules().get(0).explanation())
                    .contains("the customer's phone (listed by manager: three chargebacks)")
                    .doesNotContain(phone.substring(5));
            review(held.reviewId().toString())
                    .body("rules.find { it.rule == 'blacklisted-customer' }.passed", equalTo(false));
            add(Map.of("kind", "PHONE", "value", phone, "reason", "again"))
                    .statusCode(409)
                    .body("error", equalTo("already-blacklisted"));
            given().auth()
                    .oauth2(Tokens.of("reviewer"))
                    .get("/api/blacklist")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id));
        } finally {
            remove(id).statusCode(204);
        }
        remove(id).statusCode(404);
        // Both changes are in the service's audit log (R-SEC3), by the manager, with the masked hint only.
        String log = given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("subject", id)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body(
                        "findAll { it.subject == '" + id + "' }.action",
                        org.hamcrest.Matchers.contains("BLACKLISTED", "UNBLACKLISTED"))
                .body("find { it.subject == '" + id + "' }.by", equalTo("manager"))
                .body(
                        "find { it.subject == '" + id + "' }.details.hint",
                        equalTo(com.smartstore.oms.kit.pii.PiiMask.phone(phone)))
                .extract()
                .asString();
        assertThat(log).doesNotContain(phone.substring(5));
    }

    @Test
    void anAddressIsListedFromItsPartsAndMatchedHowEverItIsWritten() {
        String street = "Rua Nova " + ThreadLocalRandom.current().nextInt(1, 100_000);
        String id = add(Map.of(
                        "kind",
                        "ADDRESS",
                        "address",
                        Map.of(
                                "line1",
                                street.toUpperCase() + ",",
                                "city",
                                "Porto",
                                "postalCode",
                                "4000-001",
                                "country",
                                "PT"),
                        "reason",
                        "parcel drop address"))
                .statusCode(201)
                .body("hint", equalTo("***, Porto PT"))
                .extract()
                .path("id");
        try {
            String sku = newSku();
            catalogued(sku, "10.00", 5);
            OrderReceived order = anOrder()
                    .address(street, "Porto", "4000-001", "PT")
                    .line(sku, 1, "10.00")
                    .build();

            OrderHeld held = heldOnlyFor(order, "blacklisted-customer");

            assertThat(held.failedRules().get(0).explanation()).contains("shipping address");
        } finally {
            remove(id).statusCode(204);
        }
    }

    @Test
    void badEntriesAndWrongRolesAreRefused() {
        add(Map.of("kind", "EMAIL", "value", " ", "reason", "x"))
                .statusCode(400)
                .body("error", equalTo("value-required"));
        add(Map.of("kind", "ADDRESS", "value", "somewhere", "reason", "x"))
                .statusCode(400)
                .body("message", containsString("address"));
        add(Map.of("kind", "FAX", "value", "1", "reason", "x")).statusCode(400);
        add(Map.of("kind", "EMAIL", "value", "a@b.c")).statusCode(400);

        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "EMAIL", "value", "a@b.c", "reason", "x"))
                .post("/api/blacklist")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .delete("/api/blacklist/" + UUID.randomUUID())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .get("/api/blacklist")
                .then()
                .statusCode(403);
        given().get("/api/blacklist").then().statusCode(401);
    }

    private static ValidatableResponse add(Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/blacklist")
                .then();
    }

    private static ValidatableResponse remove(String id) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .delete("/api/blacklist/" + id)
                .then();
    }
}
