package com.smartstore.oms.kit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Body size limits and the webhook rate limit (issue 15), answered before the body is read, with the shared error
 * body. The kit's test application allows 3 webhook deliveries per source and refills one in ~17 minutes, and takes
 * webhook bodies up to 4 KiB (application.properties).
 */
@QuarkusTest
class RequestLimitsTest {

    @Test
    void anApiBodyOverTheLimitIs413BeforeItIsRead() {
        String big = "{\"text\":\"" + "x".repeat(130 * 1024) + "\"}";
        Response response = given().contentType(ContentType.JSON).body(big).post("/api/kit-probe");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.jsonPath().getString("error")).isEqualTo("payload-too-large");
        assertThat(response.jsonPath().getString("message"))
                .contains("131072 bytes")
                .doesNotContain("Exception");

        given().contentType(ContentType.JSON)
                .body("{\"text\":\"small\"}")
                .post("/api/kit-probe")
                .then()
                .statusCode(200)
                .body("fields", equalTo(1));
    }

    /** The only test of the kit that sends webhooks: it spends the source's whole burst. */
    @Test
    void webhookDeliveriesOverTheSizeOrTheSourcesRateAreRefusedWithRetryAfter() {
        Response tooLarge = given().body(new byte[5 * 1024]).post("/webhooks/kit-probe");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.jsonPath().getString("error")).isEqualTo("payload-too-large");

        List<Integer> answers = new ArrayList<>();
        Response last = null;
        for (int i = 0; i < 3; i++) {
            last = given().body("{}").post("/webhooks/kit-probe");
            answers.add(last.statusCode());
        }
        // The burst of 3: the oversized delivery took one token, two more pass, the next is refused.
        assertThat(answers).containsExactly(200, 200, 429);
        assertThat(last.jsonPath().getString("error")).isEqualTo("rate-limited");
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 1001L);

        // API endpoints are not rate limited.
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/kit-probe")
                .then()
                .statusCode(200);
    }
}
