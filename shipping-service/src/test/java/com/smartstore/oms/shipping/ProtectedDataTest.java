package com.smartstore.oms.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.OrderBuilder;
import com.smartstore.oms.kit.testing.Tokens;
import com.smartstore.oms.shipping.repository.ShipmentRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R-SEC1: the customer's name and address are stored encrypted (the country aside), and the warehouse sees the address
 * masked: city, postal code, country and the recipient's initials, no street (issue 11).
 */
@QuarkusTest
class ProtectedDataTest {
    private static final String NAME = "Rita de Sousa";
    private static final String STREET = "Travessa do Carmo 7";
    private static final String FLOOR = "3º Dto";
    private static final String POSTAL = "1200-095";

    @Inject
    ShipmentRepository shipments;

    private static UUID packed() {
        UUID orderId = UUID.randomUUID();
        Deliver.event(
                Events.ORDER_RECEIVED,
                OrderBuilder.anOrder()
                        .id(orderId)
                        .number(Fixtures.orderNumber(orderId))
                        .customer(new OrderReceived.Customer("c-rita", NAME, "+351 919 876 543", "rita@example.org"))
                        .address(new OrderReceived.Address(null, STREET, FLOOR, "Lisboa", null, POSTAL, "PT"))
                        .line("SKU-A", "T-shirt", "red, M", 2, "12.50")
                        .payment(PaymentMethod.ONLINE, "25.00", Instant.now())
                        .receivedAt(Instant.now())
                        .build());
        Deliver.event(Events.PICKED, Fixtures.picked(orderId, UUID.randomUUID()));
        Fixtures.awaitShipment(orderId);
        return orderId;
    }

    @Test
    void theRowsHoldNoPlaintextNameOrAddressButTheCountry() {
        UUID orderId = packed();

        List<String> rows = Db.read(() -> shipments
                .getSession()
                .chain(s -> s.createNativeQuery(
                                "select concat_ws('|', ship_recipient, ship_line1, ship_line2, ship_city,"
                                        + " ship_postal_code) from shipment where order_id = :id"
                                        + " union all select concat_ws('|', customer_name, ship_recipient, ship_line1,"
                                        + " ship_line2, ship_city, ship_postal_code) from order_info"
                                        + " where order_id = :id",
                                String.class)
                        .setParameter("id", orderId)
                        .getResultList()));

        assertThat(rows).hasSize(2);
        for (String row : rows) {
            // Whole values with a space or '-' (which Base64 never holds), not fragments that ciphertext may contain.
            assertThat(row).doesNotContain(NAME, STREET, FLOOR, POSTAL, "Lisboa");
            for (String column : row.split("\\|")) {
                assertThat(PiiCipher.keyIdOf(column)).isEqualTo("test1");
            }
        }
        String country = Db.read(() -> shipments
                .getSession()
                .chain(s -> s.createNativeQuery("select ship_country from shipment where order_id = :id", String.class)
                        .setParameter("id", orderId)
                        .getSingleResult()));
        assertThat(country).isEqualTo("PT");
    }

    @Test
    void theWarehouseSeesCityPostalCodeAndInitialsShippingAndCustomerServiceSeeAll() {
        UUID orderId = packed();
        String id = Fixtures.shipmentsOf(orderId).extract().path("items[0].id");

        for (String path : List.of("/api/shipments/" + id, "/api/shipments?orderId=" + orderId)) {
            String prefix = path.contains("?") ? "items[0].shipTo." : "shipTo.";
            given().auth()
                    .oauth2(Tokens.of("warehouse"))
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body(prefix + "recipient", equalTo("R*** d*** S***"))
                    .body(prefix + "line1", nullValue())
                    .body(prefix + "line2", nullValue())
                    .body(prefix + "city", equalTo("Lisboa"))
                    .body(prefix + "postalCode", equalTo(POSTAL))
                    .body(prefix + "country", equalTo("PT"));
            for (String role : List.of("shipping", "customer-service")) {
                given().auth()
                        .oauth2(Tokens.of(role))
                        .get(path)
                        .then()
                        .statusCode(200)
                        .body(prefix + "recipient", equalTo(NAME))
                        .body(prefix + "line1", equalTo(STREET))
                        .body(prefix + "line2", equalTo(FLOOR));
            }
        }

        Fixtures.dispatch(id, "warehouse", Map.of("carrier", "CTT", "trackingNumber", "RR300PT"))
                .statusCode(200)
                .body("status", equalTo("SHIPPED"))
                .body("shipTo.line1", nullValue())
                .body("shipTo.recipient", equalTo("R*** d*** S***"));
    }
}
