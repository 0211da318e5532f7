package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A split order ships in several parcels: time-to-ship runs to its last parcel (issue 13), whichever parcel's event
 * arrives first. Measured to the first parcel before (700 s read as 100 s).
 */
@QuarkusTest
class SplitOrderTimeToShipTest {

    @Test
    void aSplitOrderIsMeasuredToItsLastShipment() {
        Instant t = OrderEvents.freshWindow();
        UUID id = UUID.randomUUID();
        OrderEvents.received(id, t);
        OrderEvents.approved(id, t.plusSeconds(10));
        OrderEvents.picked(id, t.plusSeconds(40));
        OrderEvents.shipped(id, t.plusSeconds(700)); // the second parcel's event arrives first
        OrderEvents.shipped(id, t.plusSeconds(100));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(Tokens.of("manager"))
                        .queryParam("from", t.toString())
                        .queryParam("to", t.plus(Duration.ofDays(1)).toString())
                        .get("/api/analytics/time-to-ship")
                        .then()
                        .statusCode(200)
                        .body("shippedOrders", equalTo(1))
                        .body("receivedToShipped.count", equalTo(1))
                        .body("receivedToShipped.meanSeconds", equalTo(700.0f))
                        .body("receivedToShipped.maxSeconds", equalTo(700.0f))
                        .body("stages.pickedToShipped.meanSeconds", equalTo(660.0f)));
    }
}
