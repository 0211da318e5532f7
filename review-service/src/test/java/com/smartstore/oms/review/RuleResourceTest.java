package com.smartstore.oms.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Managers and reviewers see which automatic rules run and with which thresholds (R-R1). */
@QuarkusTest
class RuleResourceTest {

    @Test
    void listsEveryRuleWithWhetherItRunsAndItsThresholds() {
        given().auth()
                .oauth2(Tokens.of("manager"))
                .get("/api/reviews/rules")
                .then()
                .statusCode(200)
                .body(
                        "rule",
                        hasItems(
                                "stock-sufficient",
                                "price-matches-catalogue",
                                "payment-complete",
                                "blacklisted-customer",
                                "suspected-duplicate"))
                .body("enabled", everyItem(is(true)))
                .body(
                        "find { it.rule == 'high-order-value' }.settings.'oms.review.high-value-threshold'",
                        is("1000.00"))
                .body(
                        "find { it.rule == 'payment-complete' }.settings.'oms.review.rules.payment-complete.cod-maximum'",
                        is("500.00"));
        given().auth()
                .oauth2(Tokens.of("reviewer"))
                .get("/api/reviews/rules")
                .then()
                .statusCode(200)
                .body("rule", hasItems("high-order-value", "payment-complete"));
    }

    @Test
    void otherRolesAreRefused() {
        given().get("/api/reviews/rules").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.of("warehouse"))
                .get("/api/reviews/rules")
                .then()
                .statusCode(403);
    }
}
