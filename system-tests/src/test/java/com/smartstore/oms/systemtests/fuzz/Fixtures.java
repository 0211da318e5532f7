package com.smartstore.oms.systemtests.fuzz;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.systemtests.OmsClient;
import com.smartstore.oms.systemtests.OrderFlow;
import com.smartstore.oms.systemtests.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The things a fuzzed request refers to, made through the REST APIs before the run, so that a seed request reaches
 * the code behind its path (an existing order, a pending review, an open pick list...) instead of stopping at 404.
 * Seeds name them as {@code {{order.pending}}}; a few are made afresh for each case ({@link #dynamic}).
 */
public final class Fixtures {
    private final OrderFlow flow;
    private final OmsClient oms;
    private final Map<String, String> values = new HashMap<>();
    /** Fixtures and fresh names differ in every run (a second run must not find the first one's products). */
    private final Random random = new Random();

    private final long salt = random.nextLong();

    private final Path repository;
    private final Map<String, String> secrets;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private Fixtures(OrderFlow flow, Path repository, Map<String, String> secrets) {
        this.flow = flow;
        this.oms = flow.client();
        this.repository = repository;
        this.secrets = secrets;
    }

    /**
     * Makes every fixture; takes as long as the slowest order's way to shipped (tens of seconds). Platform deliveries
     * are read from the repository's fixture library and signed with the webhook secrets per source.
     */
    public static Fixtures create(OrderFlow flow, Path repository, Map<String, String> secrets) {
        Fixtures fixtures = new Fixtures(flow, repository, secrets);
        fixtures.make();
        return fixtures;
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    private void make() {
        String sku = flow.stockedProduct("Fuzz mug", "white", "20.00", 100_000, 50);
        String sku2 = flow.stockedProduct("Fuzz spoon", "steel", "7.50", 100_000, 50);
        values.put("sku", sku);
        values.put("sku2", sku2);
        // Paid on delivery and priced as the catalogue: approved automatically.
        UUID approved = placeCashOnDelivery(sku, "20.00");
        UUID packed = placeCashOnDelivery(sku, "20.00");
        // 50 units (the most review lets through unasked): the return fixture takes one, each returns POST another.
        UUID shipped = placeCashOnDelivery(sku2, "7.50", 50);
        // Priced below the catalogue: each waits for a reviewer.
        UUID pending = placeCashOnDelivery(sku, "19.00");
        UUID rejected = placeCashOnDelivery(sku, "18.00");
        UUID cancellable = placeCashOnDelivery(sku, "17.00");

        values.put("order.pending", pending.toString());
        values.put(
                "order.pending.number", flow.order(pending).path("orderNumber").asText());
        values.put("order.cancellable", cancellable.toString());
        values.put("review.pending", flow.awaitPendingReview(pending).path("id").asText());
        flow.reject(flow.awaitPendingReview(rejected).path("id").asText(), "PRICE_MISMATCH", "The price is 20.00");
        flow.awaitCorrection(rejected);
        values.put("order.rejected", rejected.toString());

        flow.awaitOrderStatus(approved, "APPROVED");
        values.put("order.approved", approved.toString());
        values.put("pickList.open", flow.awaitOpenPickList(approved).path("id").asText());

        flow.awaitOrderStatus(packed, "APPROVED");
        String packedList = flow.awaitOpenPickList(packed).path("id").asText();
        oms.post(Service.WAREHOUSE, "/api/pick-lists/" + packedList + "/confirm", "warehouse", Map.of())
                .expect(200);
        values.put("pickList.confirmed", packedList);

        values.put(
                "order.shipped",
                flow.shipApprovedOrder(shipped, "CTT", "RR000000016PT")
                        .path("id")
                        .asText());
        values.put("shipment.shipped", flow.awaitShipment(shipped).get("id").asText());
        values.put("shipment.ready", readyShipment(placeCashOnDelivery(sku2, "7.50")));
        // Returns learns of the shipment from its own topic: the request is refused until then.
        values.put(
                "return",
                await().atMost(Duration.ofSeconds(60))
                        .until(
                                () -> oms.post(
                                        Service.RETURNS,
                                        "/api/returns",
                                        "customer-service",
                                        Map.of(
                                                "orderId",
                                                shipped,
                                                "reason",
                                                "CHANGED_MIND",
                                                "notes",
                                                "Too small",
                                                "lines",
                                                List.of(Map.of("sku", sku2, "quantity", 1)))),
                                r -> r.status() == 201)
                        .body()
                        .path("id")
                        .asText());

        values.put(
                "entry",
                created(oms.post(
                        Service.INTAKE,
                        "/api/entry-requests",
                        "sales",
                        Map.of(
                                "customerName",
                                "Rita Sousa",
                                "contact",
                                "+351 912 000 111",
                                "requested",
                                "2 mugs, white"))));
        values.put("blacklist", newBlacklistEntry(random));
        values.put("case.open", flagCase(pending));
        String assigned = flagCase(pending);
        assign(assigned);
        values.put("case.assigned", assigned);
        String resolved = flagCase(pending);
        assign(resolved);
        oms.post(
                        Service.REVIEW,
                        "/api/cases/" + resolved + "/resolve",
                        "order-clerk",
                        Map.of("result", "Explained the delay", "remedy", "EXPLANATION"))
                .expect(200);
        values.put("case.resolved", resolved);
        values.put(
                "purchaseRequest",
                created(oms.post(
                        Service.WAREHOUSE,
                        "/api/purchase-requests",
                        "purchasing",
                        Map.of(
                                "sku",
                                sku,
                                "quantity",
                                10,
                                "supplier",
                                "Fuzz Supplies",
                                "expectedArrival",
                                LocalDate.now().plusDays(7).toString()))));
        platformFixtures();
    }

    /**
     * What platform deliveries make (issue 10): an order whose Shopify lines came without a SKU (line 1 waits for a
     * clerk to map it), a Shopify privacy (data) request, two DATA_ERROR intake cases (a WooCommerce order without lines), one for each case operation
     * that ends it (enter, dismiss), and a SKU mapping.
     */
    private void platformFixtures() {
        values.put(
                "order.unmapped",
                deliver(
                                "shopify",
                                "platforms/shopify/lines-without-sku.json",
                                Map.of("X-Shopify-Topic", "orders/create"))
                        .path("orderId")
                        .asText());
        values.put(
                "privacyRequest",
                deliver(
                                "shopify",
                                "platforms/privacy/shopify/customers-data-request.json",
                                Map.of("X-Shopify-Topic", "customers/data_request"))
                        .path("privacyRequestId")
                        .asText());
        values.put("intakeCase", newIntakeCase());
        values.put("intakeCase.toDismiss", newIntakeCase());
        values.put(
                "skuMapping",
                created(oms.post(
                        Service.INTAKE,
                        "/api/sku-mappings",
                        "order-clerk",
                        Map.of(
                                "channel",
                                "SHOPIFY",
                                "productId",
                                dynamic("fresh.digits", random).orElseThrow(),
                                "sku",
                                values.get("sku"),
                                "note",
                                "fuzz fixture"))));
    }

    private String newIntakeCase() {
        return deliver(
                        "woocommerce",
                        "platforms/woocommerce/no-line-items.json",
                        Map.of(
                                "X-WC-Webhook-Topic",
                                "order.created",
                                "X-WC-Webhook-Source",
                                "https://fuzz.example.com/"))
                .path("caseId")
                .asText();
    }

    /** Posts a fixture of the library with a fresh platform order id, signed as the platform signs it. */
    private JsonNode deliver(String source, String fixture, Map<String, String> headers) {
        try {
            byte[] body = fill(
                            Files.readString(repository.resolve("order-intake-service/src/test/resources/" + fixture)),
                            random)
                    .getBytes(StandardCharsets.UTF_8);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get(source).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + oms.port(Service.INTAKE) + "/webhooks/" + source))
                    .header("Content-Type", "application/json")
                    .header(
                            source.equals("shopify") ? "X-Shopify-Hmac-Sha256" : "X-WC-Webhook-Signature",
                            Base64.getEncoder().encodeToString(mac.doFinal(body)))
                    .header(
                            source.equals("shopify") ? "X-Shopify-Webhook-Id" : "X-WC-Webhook-Delivery-ID",
                            "fuzz-fixture-" + dynamic("fresh", random).orElseThrow())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        fixture + " was answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not deliver " + fixture, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Values made for each case: {@code fresh} (a new name, so a create reaches the code behind a unique check),
     * dates relative to today, the catalogue version of {@code {{sku2}}} (an edit names the version it is based on),
     * and a new blacklist entry for the case that deletes one.
     */
    public Optional<String> dynamic(String name, Random random) {
        return Optional.ofNullable(
                switch (name) {
                    case "fresh" -> Long.toString((random.nextLong() ^ salt) & Long.MAX_VALUE, 36);
                    case "fresh.digits" -> Long.toString(1_000_000_000L + ((random.nextLong() ^ salt) & 0xFFFFFFFFFFL));
                    case "uuid.random" -> new UUID(random.nextLong(), random.nextLong()).toString();
                    case "today" -> LocalDate.now().toString();
                    case "today+7" -> LocalDate.now().plusDays(7).toString();
                    case "yesterday" -> LocalDate.now().minusDays(1).toString();
                    case "now" -> Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
                    case "tomorrow.instant" ->
                        Instant.now()
                                .plus(1, ChronoUnit.DAYS)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString();
                    case "product.version" ->
                        oms.get(Service.INTAKE, "/api/products/" + values.get("sku2"), "manager")
                                .expect(200)
                                .body()
                                .path("version")
                                .asText();
                    case "blacklist.new" -> newBlacklistEntry(random);
                    default -> null;
                });
    }

    /**
     * A platform payload of the fixture library with its placeholders filled: fresh platform ids (order, request,
     * transaction), a fresh e-mail, the time now, the fixtures' SKUs, an amount and a status.
     */
    public String fill(String template, Random random) {
        return template.replace("__ORDER_ID__", dynamic("fresh.digits", random).orElseThrow())
                .replace("__ORDER_IDS__", dynamic("fresh.digits", random).orElseThrow())
                .replace("__REQUEST_ID__", dynamic("fresh.digits", random).orElseThrow())
                .replace("__TRANSACTION_ID__", dynamic("fresh.digits", random).orElseThrow())
                .replace("__EMAIL__", "fuzz-" + dynamic("fresh", random).orElseThrow() + "@example.com")
                .replace("__UPDATED_AT__", dynamic("now", random).orElseThrow())
                .replace("__SKU1__", values.get("sku"))
                .replace("__SKU2__", values.get("sku2"))
                .replace("__AMOUNT__", "1.00")
                .replace("__STATUS__", "cancelled");
    }

    /** An order of its own customer (orders of one customer with the same items look like duplicates to review). */
    private UUID placeCashOnDelivery(String sku, String price) {
        return placeCashOnDelivery(sku, price, 1);
    }

    private UUID placeCashOnDelivery(String sku, String price, int quantity) {
        String customer = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        String total = new java.math.BigDecimal(price)
                .multiply(java.math.BigDecimal.valueOf(quantity))
                .toPlainString();
        Map<String, Object> order = new HashMap<>(OrderFlow.cashOnDelivery(OrderFlow.order(
                "Fuzz Customer " + customer,
                "fuzz-" + customer + "@example.com",
                List.of(OrderFlow.line(sku, "Fuzz item", quantity, price)),
                total)));
        order.put(
                "customer", Map.of("name", "Fuzz Customer " + customer, "email", "fuzz-" + customer + "@example.com"));
        return UUID.fromString(flow.placeOrder(order).path("id").asText());
    }

    private String readyShipment(UUID orderId) {
        flow.awaitOrderStatus(orderId, "APPROVED");
        flow.pickAndPack(flow.awaitOpenPickList(orderId).path("id").asText());
        return flow.awaitShipment(orderId).path("id").asText();
    }

    private String newBlacklistEntry(Random random) {
        return created(oms.post(
                Service.REVIEW,
                "/api/blacklist",
                "manager",
                Map.of(
                        "kind", "EMAIL",
                        "value", "fuzz-" + dynamic("fresh", random).orElseThrow() + "@example.com",
                        "reason", "fuzz fixture")));
    }

    private String flagCase(UUID orderId) {
        return created(oms.post(
                Service.REVIEW,
                "/api/cases",
                "order-clerk",
                Map.of(
                        "orderId",
                        orderId,
                        "type",
                        "COMPLAINT",
                        "severity",
                        "LOW",
                        "description",
                        "Fuzz fixture",
                        "department",
                        "customer-service")));
    }

    private void assign(String caseId) {
        oms.post(
                        Service.REVIEW,
                        "/api/cases/" + caseId + "/assign",
                        "manager",
                        Map.of(
                                "owner", "order-clerk",
                                "plan", "Call the customer",
                                "deadline",
                                        Instant.now().plus(2, ChronoUnit.DAYS).toString()))
                .expect(200);
    }

    private static String created(OmsClient.Reply reply) {
        return reply.expect(201).body().path("id").asText();
    }
}
