package com.smartstore.oms.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.sla.DeadlineWatch;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * After-sales must contact the customer within {@code oms.sla.after-sales-contact-hours} (24) of a new ticket (R-X3):
 * past it, {@code sla-breached} AFTER_SALES_CONTACT once; a contacted ticket is never escalated.
 */
@QuarkusTest
class ContactDeadlineTest {
    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @Inject
    ShippedOrderRepository shipments;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    @Test
    void aTicketNobodyContactedIsEscalatedOnceAndAContactedOneNever() throws Exception {
        UUID late = Fixtures.shippedOrder(shipments);
        UUID contacted = Fixtures.shippedOrder(shipments);
        String lateTicket = open(late);
        String contactedTicket = open(contacted);
        Fixtures.contact(contactedTicket, Map.of("channel", "PHONE")).statusCode(200);

        clock.set(Instant.now().plus(Duration.ofHours(25)));
        Db.call(watch::checkNow);
        Db.call(watch::checkNow);

        SlaBreached breach = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.SLA_BREACHED, late.toString(), 1)
                                .get(0)
                                .value(),
                        SlaBreached.class);
        assertThat(breach.kind()).isEqualTo(SlaKind.AFTER_SALES_CONTACT);
        assertThat(breach.subjectId()).isEqualTo(lateTicket);
        assertThat(breach.service()).isEqualTo("returns-service");
        assertThat(breach.orderId()).isEqualTo(late);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(Tokens.of("after-sales"))
                .get("/api/returns/" + lateTicket)
                .then()
                .body("contactOverdue", equalTo(true));
        Db.call(watch::checkNow);
        assertThat(TestKafka.records(Topics.SLA_BREACHED, r -> r.key().equals(late.toString())))
                .hasSize(1);
        assertThat(TestKafka.records(Topics.SLA_BREACHED, r -> r.key().equals(contacted.toString())))
                .isEmpty();
    }

    /** A ticket settled (here exchanged) before its contact deadline needs no contact any more: no breach. */
    @Test
    void aTicketResolvedBeforeItsDeadlineIsNotEscalated() {
        UUID orderId = Fixtures.shippedOrder(shipments);
        String ticket = open(orderId);
        List<Map<String, Object>> back =
                List.of(Map.of("sku", "SKU-A", "quantity", 2), Map.of("sku", "SKU-B", "quantity", 1));
        post("/api/returns/" + ticket + "/receipt", Map.of("lines", back));
        post(
                "/api/returns/" + ticket + "/inspection",
                Map.of(
                        "lines",
                        List.of(
                                Map.of("sku", "SKU-A", "condition", "as new", "disposition", "RESELLABLE"),
                                Map.of("sku", "SKU-B", "condition", "as new", "disposition", "RESELLABLE"))));
        post("/api/returns/" + ticket + "/exchange", Map.of("specification", "size L"))
                .body("status", equalTo("RESOLVED"));

        clock.set(Instant.now().plus(Duration.ofHours(25)));
        Db.call(watch::checkNow);

        io.restassured.RestAssured.given()
                .auth()
                .oauth2(Tokens.of("after-sales"))
                .get("/api/returns/" + ticket)
                .then()
                .body("contactOverdue", equalTo(false));
        assertThat(TestKafka.records(Topics.SLA_BREACHED, r -> r.key().equals(orderId.toString())))
                .isEmpty();
    }

    private static io.restassured.response.ValidatableResponse post(String path, Object body) {
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(Tokens.of("after-sales"))
                .contentType(io.restassured.http.ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(200);
    }

    private static String open(UUID orderId) {
        return Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "QUALITY"))
                .statusCode(201)
                .extract()
                .path("id");
    }
}
