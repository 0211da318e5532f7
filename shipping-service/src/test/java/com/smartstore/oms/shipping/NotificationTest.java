package com.smartstore.oms.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Customer notifications (R-S3) through a real SMTP server (GreenMail, {@link MailServer}): the dispatch mail with
 * order number, items, carrier, tracking link and ETA in English and in Traditional Chinese; a mail server that is down
 * delays the mail, not the dispatch; delivery exceptions and new ETAs are mailed once per cause.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class) // for every test of shipping: one SMTP server for all
class NotificationTest {
    private static final Duration WAIT = Fixtures.WAIT;

    @Inject
    TestClock clock;

    @Test
    void theDispatchMailTellsWhatLeftAndHowToFollowItInEnglish() {
        Customer customer = Customer.named("Ana Silva", "PT", null);
        String shipmentId = customer.packedOrder();
        String tracking = customer.trackingNumber();

        Fixtures.dispatch(
                        shipmentId,
                        "shipping",
                        Map.of("carrier", "ctt", "trackingNumber", tracking, "estimatedDelivery", "2030-01-07"))
                .statusCode(200);

        MimeMessage mail = customer.awaitMails(1).get(0);
        assertThat(MailServer.subject(mail)).isEqualTo("Your order " + customer.orderNumber() + " is on its way");
        assertThat(MailServer.text(mail))
                .contains("Dear Ana Silva")
                .contains(customer.orderNumber())
                .contains("T-shirt</td><td style=\"text-align: right\">2</td>")
                .contains("Mug</td><td style=\"text-align: right\">1</td>")
                .contains("CTT Expresso")
                .contains(tracking)
                .contains("href=\"https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects="
                        + tracking + "\"")
                .contains("Monday, January 7, 2030");

        notifications(shipmentId, "customer-service")
                .body("", hasSize(1))
                .body("[0].kind", equalTo("SHIPPED"))
                .body("[0].language", equalTo("en"))
                .body("[0].recipient", equalTo("a***@example.com"))
                .body("[0].status", equalTo("SENT"))
                .body("[0].attempts", equalTo(1))
                .body("[0].sentAt", notNullValue())
                .body("[0].lastError", nullValue());
    }

    @Test
    void theCustomerIsWrittenToInTheLanguageTheOrderNames() {
        // The order's platform attribute names the language; the ship-to country (PT) would say English.
        Customer customer = Customer.named("陳小明", "PT", "zh_TW");
        String shipmentId = customer.packedOrder();
        String tracking = customer.trackingNumber();

        Fixtures.dispatch(
                        shipmentId,
                        "shipping",
                        Map.of("carrier", "dhl", "trackingNumber", tracking, "estimatedDelivery", "2030-01-07"))
                .statusCode(200);

        MimeMessage mail = customer.awaitMails(1).get(0);
        assertThat(MailServer.subject(mail)).isEqualTo("您的訂單 " + customer.orderNumber() + " 已出貨");
        assertThat(MailServer.text(mail))
                .contains("陳小明 您好")
                .contains(customer.orderNumber())
                .contains("T-shirt</td><td style=\"text-align: right\">2</td>")
                .contains("物流業者：DHL Express")
                .contains("追蹤號碼：" + tracking)
                .contains("https://www.dhl.com/global-en/home/tracking.html?tracking-id=" + tracking)
                .contains("2030年1月7日");
        notifications(shipmentId, "shipping").body("[0].language", equalTo("zh-TW"));
    }

    @Test
    void aMailServerThatIsDownDelaysTheMailNotTheParcel() {
        Customer customer = Customer.named("Rui Costa", "PT", null);
        String shipmentId = customer.packedOrder();
        MailServer.down();
        try {
            Fixtures.dispatch(
                            shipmentId,
                            "shipping",
                            Map.of("carrier", "ctt", "trackingNumber", customer.trackingNumber()))
                    .statusCode(200)
                    .body("status", equalTo("SHIPPED"));
            await().atMost(WAIT)
                    .untilAsserted(() -> notifications(shipmentId, "shipping")
                            .body("[0].status", equalTo("PENDING"))
                            .body("[0].attempts", greaterThanOrEqualTo(1))
                            .body("[0].lastError", notNullValue())
                            .body("[0].nextAttemptAt", notNullValue())
                            .body("[0].sentAt", nullValue()));
        } finally {
            MailServer.up();
        }
        // The backoff (1 minute after the first failure) passes: the next round sends it.
        clock.advance(Duration.ofMinutes(2));
        try {
            assertThat(customer.awaitMails(1)).hasSize(1);
            await().atMost(WAIT)
                    .untilAsserted(() -> notifications(shipmentId, "shipping")
                            .body("[0].status", equalTo("SENT"))
                            .body("[0].attempts", greaterThanOrEqualTo(2))
                            .body("[0].sentAt", notNullValue())
                            .body("[0].nextAttemptAt", nullValue()));
        } finally {
            clock.reset();
        }
    }

    @Test
    void deliveryExceptionsAndNewEtasAreMailedOncePerCause() {
        Customer customer = Customer.named("Ana Silva", "TW", null); // Taiwan: Traditional Chinese by country
        String shipmentId = customer.packedOrder();
        Fixtures.dispatch(
                        shipmentId,
                        "shipping",
                        Map.of(
                                "carrier",
                                "ctt",
                                "trackingNumber",
                                customer.trackingNumber(),
                                "estimatedDelivery",
                                "2030-01-07"))
                .statusCode(200);
        customer.awaitMails(1);
        Instant t = Instant.now().minusSeconds(3600);

        track(shipmentId, "DELAYED", t, "2030-01-09");
        track(shipmentId, "DELAYED", t.plusSeconds(60), "2030-01-09"); // the carrier repeats itself
        track(shipmentId, "IN_TRANSIT", t.plusSeconds(120), "2030-01-09"); // no news for the customer
        track(shipmentId, "IN_TRANSIT", t.plusSeconds(180), "2030-01-10"); // a new ETA
        track(shipmentId, "OUT_FOR_DELIVERY", t.plusSeconds(240), "2030-01-10");
        track(shipmentId, "DELIVERY_ATTEMPTED", t.plusSeconds(300), null);
        track(shipmentId, "DELIVERY_ATTEMPTED", t.plusSeconds(360), null);

        List<MimeMessage> mails = customer.awaitMails(4);
        assertThat(mails)
                .extracting(MailServer::subject)
                .containsExactly(
                        "您的訂單 " + customer.orderNumber() + " 已出貨",
                        "訂單 " + customer.orderNumber() + "：包裹延遲",
                        "訂單 " + customer.orderNumber() + "：預計送達日期更新為 2030年1月10日 星期四",
                        "訂單 " + customer.orderNumber() + "：包裹投遞未成功");
        assertThat(MailServer.text(mails.get(1))).contains("2030年1月9日");
        notifications(shipmentId, "shipping")
                .body("kind", contains("SHIPPED", "DELAYED", "NEW_ETA", "DELIVERY_ATTEMPTED"))
                .body("language", contains("zh-TW", "zh-TW", "zh-TW", "zh-TW"));
        // Nothing more arrives later.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> customer.mails().size() == 4);
    }

    @Test
    void aRedeliveredCarrierUpdateMailsOnce() {
        Customer customer = Customer.named("Ana Silva", "PT", null);
        String shipmentId = customer.packedOrder();
        Fixtures.dispatch(shipmentId, "shipping", Map.of("carrier", "ctt", "trackingNumber", customer.trackingNumber()))
                .statusCode(200);
        String lost = TrackingTest.carrierUpdate("ev-" + customer.orderId(), customer.trackingNumber(), "LOST");

        TrackingTest.carrierWebhook("ctt", lost, "test-only-ctt-secret").statusCode(200);
        TrackingTest.carrierWebhook("ctt", lost, "test-only-ctt-secret")
                .statusCode(200)
                .body("duplicate", equalTo(true));

        List<MimeMessage> mails = customer.awaitMails(2);
        assertThat(MailServer.subject(mails.get(1)))
                .isEqualTo("Order " + customer.orderNumber() + ": your parcel is lost");
        assertThat(MailServer.text(mails.get(1))).contains("is lost").contains("customer service");
        notifications(shipmentId, "shipping").body("kind", contains("SHIPPED", "LOST"));
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> customer.mails().size() == 2);
    }

    @Test
    void anOrderWithoutAnEmailAddressIsRecordedAsNotTold() {
        Customer customer = Customer.withoutEmail();
        String shipmentId = customer.packedOrder();
        Fixtures.dispatch(shipmentId, "shipping", Map.of("carrier", "ups", "trackingNumber", customer.trackingNumber()))
                .statusCode(200);
        notifications(shipmentId, "shipping")
                .body("[0].status", equalTo("SKIPPED"))
                .body("[0].recipient", nullValue())
                .body("[0].lastError", equalTo("the order has no e-mail address"));
    }

    @Test
    void aCustomersRedactionErasesTheirMailsAndStopsTheOnesNotSent() {
        Customer customer = Customer.named("Rui Costa", "PT", null);
        String shipmentId = customer.packedOrder();
        MailServer.down();
        try {
            Fixtures.dispatch(
                            shipmentId,
                            "shipping",
                            Map.of("carrier", "ctt", "trackingNumber", customer.trackingNumber()))
                    .statusCode(200);
            await().atMost(WAIT)
                    .untilAsserted(
                            () -> notifications(shipmentId, "shipping").body("[0].attempts", greaterThanOrEqualTo(1)));
            Deliver.event(Events.CUSTOMER_REDACTED, CustomerRedactedTest.redaction(customer.orderId()));
        } finally {
            MailServer.up();
        }
        notifications(shipmentId, "shipping")
                .body("[0].status", equalTo("CANCELLED"))
                .body("[0].recipient", equalTo("[redacted]"))
                .body("[0].nextAttemptAt", nullValue());
        clock.advance(Duration.ofMinutes(2));
        try {
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> customer.mails().isEmpty());
        } finally {
            clock.reset();
        }
    }

    @Test
    void theNotificationsOfAnUnknownShipmentAre404() {
        notifications(UUID.randomUUID().toString(), "shipping").statusCode(404);
    }

    private static void track(String shipmentId, String status, Instant at, String eta) {
        Map<String, Object> body = eta == null
                ? Map.of("status", status, "happenedAt", at.toString())
                : Map.of("status", status, "happenedAt", at.toString(), "estimatedDelivery", eta);
        TrackingTest.track(shipmentId, "shipping", body).statusCode(201);
    }

    static ValidatableResponse notifications(String shipmentId, String user) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .get("/api/shipments/" + shipmentId + "/notifications")
                .then();
    }

    /** A customer with an order of their own (a fresh e-mail address, so their mails are theirs alone). */
    record Customer(UUID orderId, String email, OrderReceived order) {
        static Customer named(String name, String country, String locale) {
            UUID orderId = UUID.randomUUID();
            String email = "a" + orderId.toString().substring(0, 8) + "@example.com";
            return new Customer(orderId, email, order(orderId, name, email, country, locale));
        }

        static Customer withoutEmail() {
            UUID orderId = UUID.randomUUID();
            return new Customer(orderId, null, order(orderId, "Ana Silva", null, "PT", null));
        }

        private static OrderReceived order(UUID orderId, String name, String email, String country, String locale) {
            OrderBuilder order = OrderBuilder.anOrder()
                    .id(orderId)
                    .number(Fixtures.orderNumber(orderId))
                    .customer(new OrderReceived.Customer("c-test", name, null, email))
                    .address(new OrderReceived.Address(
                            null, "Rua Augusta 10", null, "Lisboa", null, "1100-053", country))
                    .line("SKU-A", "T-shirt", "red, M", 2, "12.50")
                    .line("SKU-B", "Mug", null, 1, "8.00")
                    .payment(PaymentMethod.ONLINE, "33.00", Instant.now())
                    .receivedAt(Instant.now());
            if (locale != null) {
                order.platform(new OrderReceived.Platform(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new OrderReceived.Attribute("locale", locale))));
            }
            return order.build();
        }

        String orderNumber() {
            return Fixtures.orderNumber(orderId);
        }

        String trackingNumber() {
            return "RR" + Math.abs(orderId.getLeastSignificantBits() % 1_000_000_000L) + "PT";
        }

        /** The order is known and its pick list (both products) packed: the waiting shipment's id. */
        String packedOrder() {
            Deliver.event(Events.ORDER_RECEIVED, order);
            Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID(), Map.of("SKU-A", 2, "SKU-B", 1)));
            return Fixtures.awaitShipment(orderId);
        }

        List<MimeMessage> mails() {
            return MailServer.to(email);
        }

        List<MimeMessage> awaitMails(int count) {
            await().atMost(WAIT).until(() -> mails().size() >= count);
            return mails();
        }
    }
}
