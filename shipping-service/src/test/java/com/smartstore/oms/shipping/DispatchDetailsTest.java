package com.smartstore.oms.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.Shipped;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dispatch with a carrier's service level and tracking number form; without an estimated delivery from staff, the
 * service's transit business days give one (weekends and Portugal's holidays skipped), in {@code shipped} and the
 * customer's mail (issue 11, R-S1).
 */
@QuarkusTest
class DispatchDetailsTest {
    /** A Friday; the next Tuesday (8 December) is a holiday. */
    private static final Instant FRIDAY = Instant.parse("2026-12-04T10:00:00Z");

    @Inject
    TestClock clock;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    @Test
    void withoutAnEtaTheServicesTransitBusinessDaysGiveOneInShippedAndTheMail() throws Exception {
        NotificationTest.Customer customer = NotificationTest.Customer.named("Ana Silva", "PT", null);
        String id = customer.packedOrder();
        clock.set(FRIDAY);

        Fixtures.dispatch(
                        id,
                        "shipping",
                        Map.of(
                                "carrier",
                                "CTT",
                                "trackingNumber",
                                customer.trackingNumber(),
                                "serviceLevel",
                                "express"))
                .statusCode(200)
                .body("serviceLevel", equalTo("EXPRESS"))
                .body("estimatedDelivery", equalTo("2026-12-07"));

        Shipped shipped = shipped(customer.orderId());
        assertThat(shipped.serviceLevel()).isEqualTo("EXPRESS");
        assertThat(shipped.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 12, 7));
        MimeMessage mail = customer.awaitMails(1).get(0);
        assertThat(MailServer.text(mail)).contains("Monday, December 7, 2026");
    }

    @Test
    void theCarriersDefaultServiceSkipsTheHolidayAndAnEtaFromStaffWins() throws Exception {
        UUID orderId = UUID.randomUUID();
        String id = Fixtures.packedOrder(orderId, "Lisboa");
        clock.set(FRIDAY);
        Fixtures.dispatch(id, "shipping", Map.of("carrier", "ctt", "trackingNumber", "RR200PT"))
                .statusCode(200)
                .body("serviceLevel", equalTo("STANDARD"))
                .body("estimatedDelivery", equalTo("2026-12-09"));

        UUID other = UUID.randomUUID();
        String second = Fixtures.packedOrder(other, "Porto");
        Fixtures.dispatch(
                        second,
                        "shipping",
                        Map.of(
                                "carrier",
                                "UPS",
                                "trackingNumber",
                                "1Z0200",
                                "serviceLevel",
                                "STANDARD",
                                "estimatedDelivery",
                                "2026-12-05"))
                .statusCode(200)
                .body("serviceLevel", equalTo("STANDARD"))
                .body("estimatedDelivery", equalTo("2026-12-05"));
        assertThat(shipped(other).estimatedDelivery()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void aTrackingNumberOfAnotherFormOrAnUnknownServiceIs400AndNothingLeaves() {
        UUID orderId = UUID.randomUUID();
        String id = Fixtures.packedOrder(orderId, "Braga");

        Fixtures.dispatch(id, "shipping", Map.of("carrier", "DPD", "trackingNumber", "RR1PT"))
                .statusCode(400)
                .body("error", equalTo("invalid-tracking-number"))
                .body("message", containsString("trackingNumber"))
                .body("message", containsString("14 digits"));
        Fixtures.dispatch(
                        id,
                        "shipping",
                        Map.of("carrier", "DPD", "trackingNumber", "01234567890123", "serviceLevel", "OVERNIGHT"))
                .statusCode(400)
                .body("error", equalTo("unknown-service-level"))
                .body("message", containsString("CLASSIC"));
        Fixtures.shipmentsOf(orderId)
                .body("items[0].status", equalTo("WAITING_DISPATCH"))
                .body("items[0].serviceLevel", nullValue());

        Fixtures.dispatch(id, "shipping", Map.of("carrier", "DPD", "trackingNumber", "01234567890123"))
                .statusCode(200)
                .body("serviceLevel", equalTo("CLASSIC"));
    }

    @Test
    void theCarriersListTheirServicesAndTrackingNumberForm() {
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .get("/api/carriers")
                .then()
                .statusCode(200)
                .body("find { it.code == 'CTT' }.services.STANDARD", equalTo(2))
                .body("find { it.code == 'CTT' }.services.EXPRESS", equalTo(1))
                .body("find { it.code == 'CTT' }.defaultService", equalTo("STANDARD"))
                .body("find { it.code == 'CTT' }.trackingPattern", nullValue())
                .body("find { it.code == 'DPD' }.trackingPattern", equalTo("\\d{14}"))
                .body("find { it.code == 'DPD' }.trackingFormat", equalTo("14 digits"))
                .body("find { it.code == 'DHL' }.defaultService", equalTo("EXPRESS"));
    }

    private static Shipped shipped(UUID orderId) throws Exception {
        return EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.SHIPPED, orderId.toString(), 1)
                                .get(0)
                                .value(),
                        Shipped.class);
    }
}
