package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Customer service finds orders by status, channel, dates, numbers and by phone or e-mail although encrypted. */
@QuarkusTest
class OrderSearchTest {

    private static String create(String phone, String email) {
        return given().auth()
                .oauth2(Tokens.of("sales"))
                .contentType(ContentType.JSON)
                .body(ProtectedDataTest.order(phone, email))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    private static String uniquePhoneDigits() {
        return "9" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    @Test
    void findsByPhoneInAnotherNotationAndByEmailInAnotherCase() {
        String digits = uniquePhoneDigits();
        String email = "search." + digits + "@example.com";
        String id = create("+351 " + digits, email);
        create("+351 " + uniquePhoneDigits(), "other." + digits + "@example.com");

        as("customer-service")
                .queryParam("phone", "00351-" + digits)
                .get("/api/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(id))
                .body("items[0].customer.email", equalTo(email));
        as("order-clerk")
                .queryParam("email", "  SEARCH." + digits + "@Example.COM ")
                .get("/api/orders")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        as("sales").queryParam("phone", "+351 000").get("/api/orders").then().body("total", equalTo(0));
    }

    @Test
    void filtersCombineAndPagesCarryTheTotal() {
        String digits = uniquePhoneDigits();
        String email = "paging." + digits + "@example.com";
        String first = create("+351 " + digits, email);
        String second = create("+351 " + digits, email);
        String number =
                as("manager").get("/api/orders/" + first).then().extract().path("orderNumber");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        as("manager")
                .queryParams(
                        Map.of("email", email, "status", "RECEIVED", "channel", "REST", "from", today, "to", today))
                .queryParam("size", 1)
                .get("/api/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(second));
        as("manager")
                .queryParams(Map.of("email", email, "page", 1, "size", 1))
                .get("/api/orders")
                .then()
                .body("items.id", contains(first));
        as("manager")
                .queryParam("orderNumber", number)
                .get("/api/orders")
                .then()
                .body("items.id", contains(first));
        as("manager")
                .queryParams(Map.of("email", email, "channel", "SHOPIFY"))
                .get("/api/orders")
                .then()
                .body("total", equalTo(0));
        as("manager")
                .queryParams(Map.of(
                        "email",
                        email,
                        "from",
                        LocalDate.now(ZoneOffset.UTC).plusDays(1).toString()))
                .get("/api/orders")
                .then()
                .body("total", equalTo(0))
                .body("items", everyItem(equalTo(null)));
    }

    @Test
    void badFiltersAreNamedAndOtherRolesAreRefused() {
        as("manager")
                .queryParams(Map.of("from", "2026-11-27", "to", "2026-11-01"))
                .get("/api/orders")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid-date-range"));
        as("manager").queryParam("status", "LOST").get("/api/orders").then().statusCode(400);
        as("finance").get("/api/orders").then().statusCode(403);
        as("reviewer").get("/api/orders").then().statusCode(403);
    }
}
