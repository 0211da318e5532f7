package com.smartstore.oms.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.contracts.events.DefectCause;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.QualityDefectReported;
import com.smartstore.oms.kit.testing.Deliver;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * QC sampling of returns for quality problems (R-X7); in tests the first one per SKU and month is sampled and the rate
 * is 0: the cause QC records is published ({@code quality-defect-reported}) and summed per SKU.
 */
@QuarkusTest
class QualityControlTest {

    private static String qualityReturn(String sku, String reason) {
        UUID orderId = UUID.randomUUID();
        Deliver.event(
                Events.SHIPPED, Fixtures.shipped(orderId, UUID.randomUUID(), Instant.now(), new LineQuantity(sku, 1)));
        return Fixtures.requestReturn("customer-service", Map.of("orderId", orderId, "reason", reason))
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theFirstQualityReturnOfASkuIsSampledAndItsCauseReportedAndSummed() throws Exception {
        String sku = "QC-" + UUID.randomUUID().toString().substring(0, 8);
        String first = qualityReturn(sku, "QUALITY");
        qualityReturn(sku, "QUALITY"); // beyond the first of the month, rate 0: not sampled
        qualityReturn(sku, "CHANGED_MIND"); // not a quality problem

        String sample = given().auth()
                .oauth2(Tokens.of("quality"))
                .queryParam("sku", sku)
                .get("/api/quality/samples")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.returnId", contains(first))
                .body("items[0].status", equalTo("PENDING"))
                .extract()
                .path("items[0].id");

        given().auth()
                .oauth2(Tokens.of("quality"))
                .contentType("application/json")
                .body(Map.of("cause", "MATERIAL", "notes", "Seam tears"))
                .post("/api/quality/samples/" + sample)
                .then()
                .statusCode(200)
                .body("status", equalTo("RECORDED"))
                .body("cause", equalTo("MATERIAL"))
                .body("recordedBy", equalTo("quality"));
        given().auth()
                .oauth2(Tokens.of("quality"))
                .contentType("application/json")
                .body(Map.of("cause", "OTHER"))
                .post("/api/quality/samples/" + sample)
                .then()
                .statusCode(409)
                .body("error", equalTo("sample-recorded"));

        QualityDefectReported reported = EventJson.mapper()
                .readValue(
                        com.smartstore.oms.kit.testing.TestKafka.awaitRecords(Topics.QUALITY_DEFECT_REPORTED, sku, 1)
                                .get(0)
                                .value(),
                        QualityDefectReported.class);
        assertThat(reported.sampleId()).hasToString(sample);
        assertThat(reported.cause()).isEqualTo(DefectCause.MATERIAL);
        assertThat(reported.returnId()).hasToString(first);

        List<Map<String, Object>> defects = given().auth()
                .oauth2(Tokens.of("purchasing"))
                .get("/api/quality/defects")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.sku == '" + sku + "' }");
        assertThat(defects).singleElement().satisfies(d -> {
            assertThat(d).containsEntry("sampled", 1).containsEntry("recorded", 1);
            assertThat(d.get("causes")).isEqualTo(Map.of("MATERIAL", 1));
        });
        given().auth()
                .oauth2(Tokens.of("quality"))
                .queryParam("month", "2026/12")
                .get("/api/quality/defects")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Tokens.of("quality"))
                .contentType("application/json")
                .body(Map.of("cause", "MATERIAL"))
                .post("/api/quality/samples/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
