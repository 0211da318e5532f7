package com.smartstore.oms.review;

import static com.smartstore.oms.review.CaseFixtures.assign;
import static com.smartstore.oms.review.CaseFixtures.close;
import static com.smartstore.oms.review.CaseFixtures.flag;
import static com.smartstore.oms.review.CaseFixtures.flagged;
import static com.smartstore.oms.review.CaseFixtures.get;
import static com.smartstore.oms.review.CaseFixtures.resolve;
import static com.smartstore.oms.review.ReviewFixtures.PATIENCE;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.Remedy;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.sla.DeadlineWatch;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exception cases (R-E1..R-E8): from a detection or a staff flag, through assign, resolve and close. */
@QuarkusTest
class CaseLifecycleTest {
    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    @Test
    void aPaymentAnomalyBecomesOneOpenCase() {
        UUID orderId = UUID.randomUUID();
        OrderException detected = OrderException.detected(
                orderId,
                "SO-PAY-1",
                ExceptionType.PAYMENT,
                Severity.HIGH,
                "AMOUNT_MISMATCH",
                "Paid 90.00, order total 100.00",
                Map.of("expected", "100.00", "paid", "90.00"),
                "order-intake-service",
                Instant.now());
        Deliver.event(Events.ORDER_EXCEPTION, detected);
        // The same detection again under another event id: still one case.
        Deliver.event(Events.ORDER_EXCEPTION, detected);

        // Handed to the consumer directly, the detections are not on the topic: review's OPENED is, once.
        List<OrderException> events = awaitEvents(Events.ORDER_EXCEPTION, orderId, 1);
        assertThat(events).extracting(OrderException::stage).containsExactly(ExceptionStage.OPENED);
        OrderException opened = events.get(0);
        assertThat(opened.exceptionId()).isEqualTo(detected.exceptionId());
        assertThat(opened.caseId()).isNotNull();

        cases(Map.of("orderId", orderId.toString()))
                .body("items.id", contains(opened.caseId().toString()))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].type", equalTo("PAYMENT"))
                .body("items[0].code", equalTo("AMOUNT_MISMATCH"))
                .body("items[0].details.paid", equalTo("90.00"));
        get(opened.caseId().toString())
                .statusCode(200)
                .body("history.stage", contains("OPENED"))
                .body("history[0].actor", equalTo("order-intake-service"));
        await().during(Duration.ofSeconds(2))
                .atMost(PATIENCE)
                .until(() -> cases(Map.of("orderId", orderId.toString()))
                                .extract()
                                .jsonPath()
                                .getList("items.id")
                                .size()
                        == 1);
    }

    @Test
    void aComplaintGoesThroughTheWholeLifecycle() {
        UUID orderId = UUID.randomUUID();
        String id = flag("customer-service", orderId, "COMPLAINT", "logistics")
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("department", equalTo("logistics"))
                .body("openedBy", equalTo("customer-service"))
                .extract()
                .path("id");

        assign("manager", id, "after-sales", Instant.now().plus(Duration.ofDays(1)))
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("owner", equalTo("after-sales"))
                .body("plan", equalTo("Call the customer, then decide"));
        resolve("after-sales", id, Map.of("result", "Voucher of 10 EUR sent", "remedy", "COMPENSATION"))
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("remedy", equalTo("COMPENSATION"))
                .body("resolvedBy", equalTo("after-sales"));
        close("customer-service", id, true, 4)
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("satisfaction", equalTo(4))
                .body("closedBy", equalTo("customer-service"));

        get(id).statusCode(200)
                .body("history.stage", contains("OPENED", "ASSIGNED", "RESOLVED", "CLOSED"))
                .body("history.actor", contains("customer-service", "manager", "after-sales", "customer-service"))
                .body("history[0].at", notNullValue())
                .body("history[2].detail", containsString("Voucher of 10 EUR sent"));
        List<OrderException> events = awaitEvents(Events.ORDER_EXCEPTION, orderId, 4);
        assertThat(events)
                .extracting(OrderException::stage)
                .containsExactly(
                        ExceptionStage.OPENED, ExceptionStage.ASSIGNED, ExceptionStage.RESOLVED, ExceptionStage.CLOSED);
        assertThat(events).extracting(OrderException::caseId).containsOnly(UUID.fromString(id));
        assertThat(events)
                .extracting(OrderException::exceptionId)
                .doesNotContainNull()
                .hasSize(4);
        assertThat(events.stream().map(OrderException::exceptionId).distinct()).hasSize(1);
        assertThat(events.get(2).remedy()).isEqualTo(Remedy.COMPENSATION);
        assertThat(events.get(3).satisfaction()).isEqualTo(4);
        assertThat(events.get(3).department()).isEqualTo("logistics");
    }

    @Test
    void paymentCasesAreResolvedByFinanceWithTheirActionAndLogisticsOnesWithTheCarrierClaim() {
        String payment = flagged(UUID.randomUUID(), "PAYMENT");
        assign("manager", payment, "reviewer", Instant.now().plus(Duration.ofHours(4)))
                .statusCode(200);
        resolve("finance", payment, Map.of("result", "Duplicate charge refunded", "remedy", "REFUND"))
                .statusCode(400)
                .body("error", equalTo("finance-action-required"));
        resolve(
                        "finance",
                        payment,
                        Map.of(
                                "result",
                                "Duplicate charge refunded",
                                "remedy",
                                "REFUND",
                                "financeAction",
                                "Refund 25.00 EUR via PSP"))
                .statusCode(200)
                .body("resolvedBy", equalTo("finance"))
                .body("financeAction", equalTo("Refund 25.00 EUR via PSP"));

        String logistics = flagged(UUID.randomUUID(), "LOGISTICS");
        assign("manager", logistics, "shipping", Instant.now().plus(Duration.ofHours(4)))
                .statusCode(200);
        resolve("finance", logistics, Map.of("result", "x", "remedy", "RESEND", "carrierClaim", "C-1"))
                .statusCode(403)
                .body("error", equalTo("not-case-owner"));
        resolve("shipping", logistics, Map.of("result", "Parcel lost; resent", "remedy", "RESEND"))
                .statusCode(400)
                .body("error", equalTo("carrier-claim-required"));
        resolve(
                        "shipping",
                        logistics,
                        Map.of("result", "Parcel lost; resent", "remedy", "RESEND", "carrierClaim", "CTT-CLAIM-77"))
                .statusCode(200)
                .body("carrierClaim", equalTo("CTT-CLAIM-77"));
    }

    @Test
    void wrongStepsAreRefusedAndChangeNothing() {
        String id = flagged(UUID.randomUUID(), "DATA_ERROR");

        close("customer-service", id, true, 5)
                .statusCode(409)
                .body("error", equalTo("case-not-resolved"))
                .body("message", containsString("is OPEN"));
        resolve("reviewer", id, Map.of("result", "x", "remedy", "NONE"))
                .statusCode(409)
                .body("error", equalTo("case-not-assigned"));
        assign("manager", id, "reviewer", Instant.now().minusSeconds(60))
                .statusCode(400)
                .body("error", equalTo("deadline-passed"));
        assign("manager", id, "reviewer", Instant.now().plus(Duration.ofHours(1)))
                .statusCode(200);
        resolve("order-clerk", id, Map.of("result", "x", "remedy", "NONE"))
                .statusCode(403)
                .body("error", equalTo("not-case-owner"))
                .body("message", containsString("owned by reviewer"));
        resolve("reviewer", id, Map.of("result", "Address corrected", "remedy", "NONE"))
                .statusCode(200);
        close("customer-service", id, false, 3).statusCode(400).body("error", equalTo("customer-not-informed"));
        close("customer-service", id, true, 6).statusCode(400).body("error", equalTo("validation-failed"));
        get(id).body("status", equalTo("RESOLVED")).body("history", hasSize(3));

        flag("customer-service", UUID.randomUUID(), "COMPLAINT", null)
                .statusCode(400)
                .body("error", equalTo("department-required"));
        flag("customer-service", UUID.randomUUID(), "THEFT", null).statusCode(400);
        CaseFixtures.get(UUID.randomUUID().toString()).statusCode(404);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("status", "LOST")
                .get("/api/cases")
                .then()
                .statusCode(400)
                .body("error", equalTo("bad-status"));
    }

    @Test
    void rolesAreEnforced() {
        String id = flagged(UUID.randomUUID(), "DATA_ERROR");
        Instant later = Instant.now().plus(Duration.ofHours(1));

        assign("reviewer", id, "reviewer", later).statusCode(403);
        assign("customer-service", id, "reviewer", later).statusCode(403);
        assign("manager", id, "reviewer", later).statusCode(200);
        resolve("reviewer", id, Map.of("result", "Fixed", "remedy", "NONE")).statusCode(200);
        close("manager", id, true, 5).statusCode(403);
        close("reviewer", id, true, 5).statusCode(403);
        given().auth()
                .oauth2(Tokens.ofClient("oms-storefront"))
                .get("/api/cases")
                .then()
                .statusCode(403);
        given().get("/api/cases/" + id).then().statusCode(401);
        get(id).body("status", equalTo("RESOLVED"));
    }

    @Test
    void anOverdueAssignedCaseIsEscalatedOnce() {
        UUID orderId = UUID.randomUUID();
        String id = flagged(orderId, "LOGISTICS");
        assign("manager", id, "shipping", clock.instant().plus(Duration.ofHours(1)))
                .statusCode(200);
        clock.advance(Duration.ofHours(2));

        SlaBreached breach = awaitEvents(Events.SLA_BREACHED, orderId, 1).get(0);
        assertThat(breach.kind()).isEqualTo(SlaKind.EXCEPTION_CASE);
        assertThat(breach.subjectId()).isEqualTo(id);
        assertThat(breach.owner()).isEqualTo("shipping");
        assertThat(breach.service()).isEqualTo("review-service");
        await().atMost(PATIENCE).untilAsserted(() -> get(id).body("escalatedAt", notNullValue()));
        get(id).body("overdue", equalTo(true)).body("history.stage", contains("OPENED", "ASSIGNED", "ESCALATED"));
        cases(Map.of("orderId", orderId.toString(), "overdue", "true")).body("items.id", contains(id));
        assertThat(awaitEvents(Events.ORDER_EXCEPTION, orderId, 3))
                .extracting(OrderException::stage)
                .containsExactly(ExceptionStage.OPENED, ExceptionStage.ASSIGNED, ExceptionStage.ESCALATED);
        // Later checks find it escalated already: no second breach.
        Db.call(watch::checkNow);
        assertThat(TestKafka.records(
                        Events.SLA_BREACHED.topic(), r -> orderId.toString().equals(r.key())))
                .hasSize(1);
    }

    private static ValidatableResponse cases(Map<String, String> query) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParams(query)
                .get("/api/cases")
                .then()
                .statusCode(200);
    }
}
