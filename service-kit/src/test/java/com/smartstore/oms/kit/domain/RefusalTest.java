package com.smartstore.oms.kit.domain;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A {@link Refusal} thrown anywhere in a request is answered once, by the kit: its kind's status, its code, its reason. */
@QuarkusTest
class RefusalTest {

    @ParameterizedTest
    @CsvSource({
        "INVALID, 400, refused-invalid, refused as INVALID",
        "UNAUTHENTICATED, 401, refused-unauthenticated, refused as UNAUTHENTICATED",
        "FORBIDDEN, 403, refused-forbidden, refused as FORBIDDEN",
        "NOT_FOUND, 404, not-found, Shipment 42 does not exist",
        "CONFLICT, 409, refused-conflict, refused as CONFLICT",
        "UNPROCESSABLE, 422, refused-unprocessable, refused as UNPROCESSABLE"
    })
    void eachKindIsItsStatusWithTheCodeAsErrorAndTheReasonAsMessage(
            String kind, int status, String error, String message) {
        for (String path : new String[] {"/kit/refusals/" + kind, "/kit/refusals/" + kind + "/later"}) {
            given().get(path)
                    .then()
                    .statusCode(status)
                    .contentType("application/json")
                    .body("error", equalTo(error))
                    .body("message", equalTo(message))
                    .body("details", equalTo(null));
        }
    }
}
