package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.analytics.metrics.LiveGauges;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Prometheus shows the orders in each stage and the SLA breaches by kind, as the events left them (issue 13). */
@QuarkusTest
class LiveGaugesTest {
    @Inject
    LiveGauges gauges;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void ordersByStageAndBreachesByKind() {
        Db.call(gauges::refresh);
        double awaitingPick = metric("oms_analytics_orders_in_stage", "stage", "awaiting-pick");
        double inTransit = metric("oms_analytics_orders_in_stage", "stage", "in-transit");
        double awaitingShipment = metric("oms_analytics_orders_in_stage", "stage", "awaiting-shipment");
        double pickBreaches = metric("oms_analytics_sla_breaches", "kind", "PICK");

        Scenario scenario = new Scenario(AnalyticsFiguresTest.isolatedWindow());
        scenario.deliverInOrder();
        clock.set(scenario.t.plus(Duration.ofHours(1)));
        Db.call(gauges::refresh);

        // O4 approved, not picked; O2 shipped, not delivered; O1 delivered; O3 rejected.
        assertThat(metric("oms_analytics_orders_in_stage", "stage", "awaiting-pick"))
                .isEqualTo(awaitingPick + 1);
        assertThat(metric("oms_analytics_orders_in_stage", "stage", "in-transit"))
                .isEqualTo(inTransit + 1);
        assertThat(metric("oms_analytics_orders_in_stage", "stage", "awaiting-shipment"))
                .isEqualTo(awaitingShipment);
        assertThat(metric("oms_analytics_sla_breaches", "kind", "PICK")).isEqualTo(pickBreaches + 2);
        assertThat(metric("oms_analytics_sla_breaches_today", "kind", "PICK")).isEqualTo(2);
        assertThat(metric("oms_analytics_sla_breaches_today", "kind", "MANUAL_REVIEW"))
                .isEqualTo(1);
    }

    @Test
    void consumerLagPerTopicIsThereForTheDashboard() {
        // deploy/grafana/analytics-dashboard.json plots it per consumer (one Kafka client per topic).
        assertThat(given().get("/q/metrics").asString().lines())
                .anyMatch(l -> l.startsWith("kafka_consumer_fetch_manager_records_lag_max{")
                        && l.contains("client_id=\"kafka-consumer-sla-breached\""));
    }

    private static double metric(String name, String tag, String value) {
        return given().get("/q/metrics")
                .asString()
                .lines()
                .filter(l -> l.startsWith(name + "{") && l.contains(tag + "=\"" + value + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + "{" + tag + "=" + value + "} in /q/metrics"));
    }
}
