package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reports are for managers and administrators only, with real Keycloak tokens (R-SEC2). */
@QuarkusTest
class SecurityTest {
    private static final String TIME_TO_SHIP = "/api/analytics/time-to-ship";

    @Test
    void withoutATokenEveryEndpointIs401() {
        given().get(TIME_TO_SHIP).then().statusCode(401);
        given().get(timeline()).then().statusCode(401);
    }

    @Test
    void withTheWrongRoleItIs403() {
        for (String user : new String[] {"reviewer", "order-clerk", "warehouse"}) {
            given().auth().oauth2(Tokens.of(user)).get(TIME_TO_SHIP).then().statusCode(403);
            given().auth().oauth2(Tokens.of(user)).get(timeline()).then().statusCode(403);
        }
    }

    @Test
    void managersAndAdministratorsMayReadReports() {
        for (String user : new String[] {"manager", "admin"}) {
            given().auth().oauth2(Tokens.of(user)).get(TIME_TO_SHIP).then().statusCode(200);
            // Allowed through: the order is unknown, hence 404 rather than 403.
            given().auth().oauth2(Tokens.of(user)).get(timeline()).then().statusCode(404);
        }
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    private static String timeline() {
        return "/api/analytics/orders/" + UUID.randomUUID() + "/timeline";
    }
}
