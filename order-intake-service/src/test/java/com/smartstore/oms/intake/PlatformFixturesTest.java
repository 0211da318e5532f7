package com.smartstore.oms.intake;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.contracts.Topics;
import com.smartstore.oms.intake.repository.IntakeCaseRepository;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.intake.repository.WebhookDeliveryRepository;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10's proof: the fixture library under {@code src/test/resources/platforms/} (order webhook bodies written from
 * Shopify's and WooCommerce's documented payloads, each with its {@code .expected.json}) posted signed as the platform
 * signs it. Each gives the expected answer (201 with exactly one order, or 202 with exactly one DATA_ERROR case), the
 * order or case shows the expected fields, a redelivery gets the same answer and creates nothing new, and the body
 * with one byte flipped is 401 and stores nothing.
 */
@QuarkusTest
class PlatformFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OrderRepository orders;

    @Inject
    IntakeCaseRepository cases;

    @Inject
    WebhookDeliveryRepository deliveries;

    static Stream<Arguments> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(PlatformFixturesTest.class.getResource("/platforms").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            // Only <platform>/<body>.json: later/ and privacy/ hold changes and privacy requests, not new orders
            // (PlatformChangeTest, PrivacyWebhookTest).
            List<Path> bodies = files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> root.relativize(f).getNameCount() == 2)
                    .filter(f -> !f.toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
            return bodies.stream()
                    .map(f -> Arguments.of(
                            f.getParent().getFileName().toString(),
                            f.getFileName().toString().replace(".json", "")));
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("fixtures")
    void anAuthenticDeliveryBecomesExactlyWhatItsExpectationSays(String platform, String name) throws Exception {
        long id = Webhooks.newPlatformId();
        String externalId = Long.toString(id);
        JsonNode expected =
                JSON.readTree(resource(platform, name + ".expected.json").replace("__ORDER_ID__", externalId));
        setUp(expected.path("setup"));
        byte[] body = resource(platform, name + ".json")
                .replace("__ORDER_ID__", externalId)
                .getBytes(UTF_8);
        String source = platform;
        String channel = platform.toUpperCase();
        int answer = expected.get("answer").asInt();

        Response first = Webhooks.post(source, body, signed(platform, body));
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(answer);
        if (answer == 201) {
            String orderId = first.path("orderId");
            JsonSubset.assertContains(expected.get("order"), asManager("/api/orders/" + orderId), "order");
            if (expected.has("received")) {
                JsonNode event = JSON.readTree(TestKafka.awaitRecords(Topics.ORDER_RECEIVED, orderId, 1)
                        .get(0)
                        .value());
                JsonSubset.assertContains(expected.get("received"), event, "order-received");
            }
        } else {
            String caseId = first.path("caseId");
            JsonSubset.assertContains(
                    expected.get("case"),
                    JSON.readTree(given().auth()
                            .oauth2(Tokens.of("order-clerk"))
                            .get("/api/intake-cases/" + caseId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString()),
                    "case");
        }
        long ordersMade = answer == 201 ? 1 : 0;
        long casesMade = answer == 202 ? 1 : 0;
        assertMade(channel, externalId, ordersMade, casesMade);

        Response again = Webhooks.post(source, body, signed(platform, body));
        assertThat(again.statusCode()).isEqualTo(answer == 201 ? 200 : 202);
        assertThat(again.asString()).isEqualTo(first.asString());
        assertMade(channel, externalId, ordersMade, casesMade);

        int at = new String(body, UTF_8).indexOf(externalId) + externalId.length() - 1;
        byte[] flipped = body.clone();
        flipped[at] ^= 0x01;
        String flippedId = new String(flipped, UTF_8).substring(at - externalId.length() + 1, at + 1);
        Webhooks.post(source, flipped, signed(platform, body)).then().statusCode(401);
        assertMade(channel, flippedId, 0, 0);
        assertThat(Db.read(() -> deliveries.count("externalOrderId", flippedId)))
                .isZero();
        assertThat(Db.read(() -> deliveries.ofExternalOrder(source, externalId)))
                .hasSize(2);
    }

    private void assertMade(String channel, String externalId, long expectedOrders, long expectedCases) {
        assertThat(Db.read(() -> orders.count("externalOrderId", externalId)))
                .as("orders of " + externalId)
                .isEqualTo(expectedOrders);
        assertThat(Db.read(() -> cases.count(
                        "channel = ?1 and externalOrderId = ?2",
                        com.smartstore.oms.contracts.events.SalesChannel.valueOf(channel),
                        externalId)))
                .as("intake cases of " + externalId)
                .isEqualTo(expectedCases);
    }

    private static Map<String, String> signed(String platform, byte[] body) {
        return platform.equals("shopify") ? Webhooks.shopifyHeaders(body) : Webhooks.wooCommerceHeaders(body);
    }

    /** Catalogue products and SKU mappings a fixture needs (left from an earlier run is fine). */
    private static void setUp(JsonNode setup) {
        for (JsonNode mapping : setup.path("skuMappings")) {
            String sku = mapping.get("sku").asText();
            given().auth()
                    .oauth2(Tokens.of("manager"))
                    .contentType(ContentType.JSON)
                    .body(Map.of("sku", sku, "name", sku, "unitPrice", "10.00"))
                    .post("/api/products")
                    .then()
                    .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
            given().auth()
                    .oauth2(Tokens.of("order-clerk"))
                    .contentType(ContentType.JSON)
                    .body(mapping.toString())
                    .post("/api/sku-mappings")
                    .then()
                    .statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        }
    }

    private static JsonNode asManager(String path) throws IOException {
        return JSON.readTree(given().auth()
                .oauth2(Tokens.of("manager"))
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static String resource(String platform, String file) throws IOException {
        try (InputStream in = PlatformFixturesTest.class.getResourceAsStream("/platforms/" + platform + "/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
