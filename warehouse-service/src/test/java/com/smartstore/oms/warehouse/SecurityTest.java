package com.smartstore.oms.warehouse;

import static io.restassured.RestAssured.given;

import com.smartstore.oms.kit.testing.Malformed;
import com.smartstore.oms.kit.testing.RoleMatrix;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint needs a token (401) and one of its roles (403), checked for every demo user with real Keycloak
 * tokens (R-SEC2); the table lists every operation of the OpenAPI document.
 */
@QuarkusTest
class SecurityTest {

    /** docs/SECURITY.md's rows of this service, generated from its annotations (SecurityDocTest keeps it true). */
    static final RoleMatrix MATRIX = RoleMatrix.documented("warehouse-service");

    static Stream<RoleMatrix.Row> endpoints() {
        return MATRIX.rows().stream();
    }

    /** 401 without a token, 403 for every demo user and client without one of the row's roles, in for the others. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void eachEndpointLetsInItsRolesOnly(RoleMatrix.Row row) {
        MATRIX.check(row);
    }

    /** Broken, too deep, too large and non-JSON bodies: 400/413/415 with the shared body, no class names. */
    @Test
    void malformedRequestsGetAClearAnswerWithoutInternals() {
        Malformed.check("POST", "/api/receipts", "warehouse");
    }

    @Test
    void theDocumentedRowsAreTheOpenApiDocumentsOperations() {
        MATRIX.coversTheOpenApiDocument();
    }

    @Test
    void healthMetricsAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
