package com.smartstore.oms.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ReturnOutcome;
import com.smartstore.oms.contracts.events.ReturnResolved;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.returns.repository.ShippedOrderRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rejection with an alternative (R-X4): goods the policy does not cover get an explained alternative, carried out only
 * with the customer's consent, which resolves the ticket ({@code return-resolved}).
 */
@QuarkusTest
class AlternativeTest {
    @Inject
    ShippedOrderRepository shipments;

    @Test
    void anIneligibleReturnIsResolvedByTheAlternativeTheCustomerConsentedTo() throws Exception {
        UUID orderId = Fixtures.shippedOrder(shipments);
        String id = Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", "CHANGED_MIND"))
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/returns/" + id;
        ReceiptAndInspectionTest.post(
                        "warehouse", path + "/receipt", Map.of("lines", List.of(Map.of("sku", "SKU-B", "quantity", 1))))
                .statusCode(200);
        ReceiptAndInspectionTest.post(
                        "after-sales",
                        path + "/inspection",
                        Map.of(
                                "lines",
                                List.of(Map.of(
                                        "sku",
                                        "SKU-B",
                                        "condition",
                                        "coffee stains",
                                        "disposition",
                                        "DAMAGED_BY_CUSTOMER"))))
                .statusCode(200);

        ReceiptAndInspectionTest.post("after-sales", path + "/alternative", Map.of("customerConsent", true))
                .statusCode(409)
                .body("error", equalTo("no-alternative-offered"));
        ReceiptAndInspectionTest.post(
                        "after-sales",
                        path + "/alternative",
                        Map.of(
                                "alternative",
                                "REPAIR",
                                "explanation",
                                "Stains from use are not covered; we can clean it"))
                .statusCode(200)
                .body("status", equalTo("ALTERNATIVE_OFFERED"))
                .body("alternative.alternative", equalTo("REPAIR"))
                .body("alternative.offeredBy", equalTo("after-sales"));
        ReceiptAndInspectionTest.post(
                        "customer-service",
                        path + "/alternative",
                        Map.of("customerConsent", false, "consentNote", "Would rather have it back"))
                .statusCode(200)
                .body("status", equalTo("INSPECTED"))
                .body("alternative", nullValue())
                .body("declinedAlternatives[0].alternative", equalTo("REPAIR"));
        ReceiptAndInspectionTest.post(
                        "after-sales",
                        path + "/alternative",
                        Map.of("alternative", "RETURN_TO_CUSTOMER", "explanation", "Sent back at our cost"))
                .statusCode(200);
        ReceiptAndInspectionTest.post(
                        "customer-service",
                        path + "/alternative",
                        Map.of("customerConsent", true, "consentNote", "Agreed by phone"))
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("RETURNED_TO_CUSTOMER"))
                .body("alternative.consentedBy", equalTo("customer-service"))
                .body("alternative.consentNote", equalTo("Agreed by phone"));

        ReturnResolved resolved = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.RETURN_RESOLVED, orderId.toString(), 1)
                                .get(0)
                                .value(),
                        ReturnResolved.class);
        assertThat(resolved.outcome()).isEqualTo(ReturnOutcome.RETURNED_TO_CUSTOMER);
        assertThat(resolved.resolvedBy()).isEqualTo("customer-service");
        ReceiptAndInspectionTest.post(
                        "after-sales", path + "/alternative", Map.of("alternative", "REPAIR", "explanation", "again"))
                .statusCode(409);
    }
}
