package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.sla.DeadlineWatch;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** R-I2, R-I3, R-I7: orders passed on for entry, entered before or after their deadline, breaches published once. */
@QuarkusTest
class EntryRequestTest {
    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    static String file(String user) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "customerName", "Rui Alves",
                        "contact", "+351 910 000 222",
                        "requested", "2 x red T-shirt M",
                        "notes", "called at 10:05, wants it before Friday"))
                .post("/api/entry-requests")
                .then()
                .statusCode(201)
                .body("overdue", equalTo(false))
                .extract()
                .path("id");
    }

    static Response enter(String id, String user) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(Fixtures.order(Fixtures.newSku(), 2, "12.50", "25.00"))
                .post("/api/entry-requests/" + id + "/order");
    }

    static io.restassured.response.ValidatableResponse get(String id) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/entry-requests/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void filedWithADeadlineEnteredOnTimeAndClosed() throws Exception {
        String id = file("customer-service");
        Instant filed = Instant.parse(get(id).extract().path("filedAt"));
        Instant deadline = Instant.parse(get(id).extract().path("deadline"));
        assertThat(Duration.between(filed, deadline)).isEqualTo(Duration.ofMinutes(30));
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .queryParam("size", 200)
                .get("/api/entry-requests")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        String orderId = enter(id, "order-clerk")
                .then()
                .statusCode(201)
                .body("request.late", equalTo(false))
                .body("request.lateMinutes", equalTo(0))
                .extract()
                .path("order.id");
        get(id).body("orderId", equalTo(orderId)).body("enteredBy", equalTo("order-clerk"));
        Fixtures.get(UUID.fromString(orderId))
                .body("channel", equalTo("STAFF"))
                .body("createdBy", equalTo("order-clerk"));
        // The order-received names who keyed it in (issue 13, R-A7).
        assertThat(Fixtures.awaitOrderReceived(orderId).enteredBy().user()).isEqualTo("order-clerk");
        given().auth()
                .oauth2(Tokens.of("sales"))
                .queryParam("size", 200)
                .get("/api/entry-requests")
                .then()
                .body("items.id", not(hasItem(id)));
        enter(id, "order-clerk").then().statusCode(409).body("error", equalTo("already-entered"));
    }

    @Test
    void anOverdueRequestIsPublishedOnceAndItsLatenessRecorded() throws Exception {
        String id = file("sales");
        get(id).body("overdue", equalTo(false));

        // 45 minutes later (the deadline is 30): the scheduled check (every second in tests) reports it.
        clock.advance(Duration.ofMinutes(45));

        var record = TestKafka.awaitRecords(Topics.SLA_BREACHED, id, 1).get(0);
        SlaBreached breach = EventJson.mapper().readValue(record.value(), SlaBreached.class);
        assertThat(breach.kind()).isEqualTo(SlaKind.ENTRY);
        assertThat(breach.subjectId()).isEqualTo(id);
        assertThat(breach.service()).isEqualTo("order-intake-service");
        assertThat(breach.orderId()).isNull();
        assertThat(breach.detectedAt()).isAfter(breach.deadline());
        get(id).body("overdue", equalTo(true)).body("breachedAt", notNullValue());

        // Later checks find it reported already: nothing more is published.
        assertThat(Db.call(watch::checkNow)).isZero();
        assertThat(TestKafka.records(Topics.SLA_BREACHED, r -> id.equals(r.key())))
                .hasSize(1);

        enter(id, "customer-service")
                .then()
                .statusCode(201)
                .body("request.late", equalTo(true))
                .body("request.lateMinutes", greaterThanOrEqualTo(15));
    }

    @Test
    void rolesAndValidation() {
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .contentType(ContentType.JSON)
                .body(Map.of("customerName", "X", "contact", "x@y.pt", "requested", "a mug"))
                .post("/api/entry-requests")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .get("/api/entry-requests")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("sales"))
                .contentType(ContentType.JSON)
                .body(Map.of("customerName", "X"))
                .post("/api/entry-requests")
                .then()
                .statusCode(400);
        enter(UUID.randomUUID().toString(), "order-clerk").then().statusCode(404);
    }

    /**
     * R-I3: sales pass an offline order on; a clerk or customer service enters it (R-I7 measures that entry). Sales
     * entering their own request would skip the entry the deadline is about (issue 15, least privilege).
     */
    @Test
    void salesPassARequestOnButDoNotEnterIt() {
        String id = file("sales");
        enter(id, "sales").then().statusCode(403);
        get(id).body("orderId", org.hamcrest.Matchers.nullValue());
    }
}
