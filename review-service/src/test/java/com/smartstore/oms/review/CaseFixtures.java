package com.smartstore.oms.review;

import static io.restassured.RestAssured.given;

import com.smartstore.oms.kit.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Calls on the exception desk as its users make them. */
final class CaseFixtures {

    static ValidatableResponse flag(String user, UUID orderId, String type, String department) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "orderId",
                orderId.toString(),
                "orderNumber",
                "SO-" + orderId.toString().substring(0, 8),
                "type",
                type,
                "severity",
                "MEDIUM",
                "description",
                "Customer says the parcel arrived damaged"));
        if (department != null) {
            body.put("department", department);
        }
        return post(user, "/api/cases", body);
    }

    static String flagged(UUID orderId, String type) {
        return flag("customer-service", orderId, type, "COMPLAINT".equals(type) ? "logistics" : null)
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse assign(String user, String caseId, String owner, Instant deadline) {
        return post(
                user,
                "/api/cases/" + caseId + "/assign",
                Map.of("owner", owner, "plan", "Call the customer, then decide", "deadline", deadline.toString()));
    }

    static ValidatableResponse resolve(String user, String caseId, Map<String, Object> body) {
        return post(user, "/api/cases/" + caseId + "/resolve", body);
    }

    static ValidatableResponse close(String user, String caseId, boolean informed, int satisfaction) {
        return post(
                user,
                "/api/cases/" + caseId + "/close",
                Map.of("customerInformed", informed, "satisfaction", satisfaction));
    }

    static ValidatableResponse get(String caseId) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/cases/" + caseId)
                .then();
    }

    static ValidatableResponse post(String user, String path, Object body) {
        return given().auth()
                .oauth2(Tokens.of(user))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    private CaseFixtures() {}
}
