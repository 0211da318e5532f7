package com.smartstore.oms.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.ExchangeRequested;
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
 * An exchange (R-X6): the inspected eligible goods are replaced; {@code exchange-requested} asks intake for the
 * zero-priced replacement order and the ticket is resolved EXCHANGED ({@code return-resolved}).
 */
@QuarkusTest
class ExchangeTest {
    @Inject
    ShippedOrderRepository shipments;

    @Test
    void eligibleGoodsAreExchangedForTheSpecificationTheCustomerAskedFor() throws Exception {
        UUID orderId = Fixtures.shippedOrder(shipments);
        String id = Fixtures.requestReturn(
                        "customer-service",
                        Map.of(
                                "orderId", orderId,
                                "reason", "NOT_AS_DESCRIBED",
                                "requestedOutcome", "EXCHANGE",
                                "exchangeSpecification", "blue, M",
                                "lines", List.of(Map.of("sku", "SKU-A", "quantity", 2))))
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/returns/" + id;
        ReceiptAndInspectionTest.post("after-sales", path + "/exchange", Map.of())
                .statusCode(409)
                .body("error", equalTo("return-not-inspected"));
        ReceiptAndInspectionTest.post(
                        "warehouse", path + "/receipt", Map.of("lines", List.of(Map.of("sku", "SKU-A", "quantity", 2))))
                .statusCode(200);
        ReceiptAndInspectionTest.post(
                        "after-sales",
                        path + "/inspection",
                        Map.of(
                                "lines",
                                List.of(Map.of("sku", "SKU-A", "condition", "unworn", "disposition", "RESELLABLE"))))
                .statusCode(200);

        ReceiptAndInspectionTest.post("after-sales", path + "/exchange", Map.of())
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("EXCHANGED"));

        ExchangeRequested exchange = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.EXCHANGE_REQUESTED, orderId.toString(), 1)
                                .get(0)
                                .value(),
                        ExchangeRequested.class);
        assertThat(exchange.returnId()).hasToString(id);
        assertThat(exchange.lines()).containsExactly(new ExchangeRequested.Line("SKU-A", 2, "blue, M"));
        assertThat(exchange.requestedBy()).isEqualTo("after-sales");
        ReturnResolved resolved = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecords(Topics.RETURN_RESOLVED, orderId.toString(), 1)
                                .get(0)
                                .value(),
                        ReturnResolved.class);
        assertThat(resolved.outcome()).isEqualTo(ReturnOutcome.EXCHANGED);
        ReceiptAndInspectionTest.post("after-sales", path + "/exchange", Map.of("specification", "red"))
                .statusCode(409);
        assertThat(TestKafka.records(Topics.EXCHANGE_REQUESTED, r -> r.key().equals(orderId.toString())))
                .hasSize(1);
    }
}
