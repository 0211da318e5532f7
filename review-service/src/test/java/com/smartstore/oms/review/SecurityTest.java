package com.smartstore.oms.review;

import static io.restassured.RestAssured.given;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every endpoint needs a token (401) and one of its roles (403), with real Keycloak tokens (R-SEC2). */
@QuarkusTest
class SecurityTest {
    private static final String REVIEW = "/api/reviews/" + UUID.randomUUID();
    private static final String REASON = "{\"reason\":\"no\"}";
    private static final String NOTE = "{\"text\":\"called\"}";

    @Test
    void withoutATokenEveryEndpointIs401() {
        given().get("/api/reviews").then().statusCode(401);
        given().get("/api/reviews/reference/SKU-1").then().statusCode(401);
        given().get(REVIEW).then().statusCode(401);
        given().post(REVIEW + "/approve").then().statusCode(401);
        given().post(REVIEW + "/claim").then().statusCode(401);
        given().post(REVIEW + "/confirm").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(NOTE)
                .post(REVIEW + "/notes")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(REASON)
                .post(REVIEW + "/reject")
                .then()
                .statusCode(401);
        String kase = "/api/cases/" + UUID.randomUUID();
        given().get("/api/cases").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/cases")
                .then()
                .statusCode(401);
        for (String step : new String[] {"/assign", "/resolve", "/close"}) {
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .post(kase + step)
                    .then()
                    .statusCode(401);
        }
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/blacklist")
                .then()
                .statusCode(401);
        given().delete("/api/blacklist/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void withTheWrongRoleItIs403() {
        given().auth().oauth2(Tokens.of("warehouse")).get("/api/reviews").then().statusCode(403);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .get("/api/reviews/reference/SKU-1")
                .then()
                .statusCode(403);
        given().auth().oauth2(Tokens.of("order-clerk")).get(REVIEW).then().statusCode(403);
        // Managers may look at the queue but not decide.
        given().auth().oauth2(Tokens.of("manager")).get("/api/reviews").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .post(REVIEW + "/approve")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType(ContentType.JSON)
                .body(REASON)
                .post(REVIEW + "/reject")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("manager"))
                .post(REVIEW + "/claim")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("order-clerk"))
                .post(REVIEW + "/confirm")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of("customer-service"))
                .contentType(ContentType.JSON)
                .body(NOTE)
                .post(REVIEW + "/notes")
                .then()
                .statusCode(403);
    }

    @Test
    void theStorefrontMayNeitherFlagNorReadCases() {
        given().auth()
                .oauth2(Tokens.ofClient("oms-storefront"))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/cases")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.ofClient("oms-storefront"))
                .get("/api/cases/" + UUID.randomUUID())
                .then()
                .statusCode(403);
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
