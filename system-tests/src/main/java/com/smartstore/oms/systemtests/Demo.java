package com.smartstore.oms.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo run.sh drives: {@code load} puts a small catalogue and stock in place (safe to repeat);
 * {@code orders N} pushes N orders through the whole chain as the staff would, one more order into
 * manual review, and prints the time-to-ship report.
 */
public final class Demo {
    private record Item(String sku, String name, String specification, String category, String price) {}

    private static final List<Item> CATALOGUE = List.of(
            new Item("TSHIRT-RED-M", "Organic T-shirt", "red, M", "apparel", "19.90"),
            new Item("TSHIRT-BLU-L", "Organic T-shirt", "blue, L", "apparel", "19.90"),
            new Item("HOODIE-GRY-M", "Zip hoodie", "grey, M", "apparel", "49.00"),
            new Item("MUG-WHT", "Ceramic mug", "white, 350 ml", "home", "9.50"),
            new Item("BOTTLE-STL", "Steel bottle", "750 ml", "outdoor", "24.00"),
            new Item("CAP-BLK", "Baseball cap", "black", "apparel", "15.00"));

    private static final String[][] CUSTOMERS = {
        {"Ana Silva", "ana.silva@example.com"}, {"João Costa", "joao.costa@example.com"},
        {"Marta Pereira", "marta.pereira@example.com"}, {"Rui Santos", "rui.santos@example.com"}
    };

    public static void main(String[] args) {
        String keycloak = System.getProperty("oms.keycloak", "http://127.0.0.1:8180");
        OrderFlow flow = new OrderFlow(new OmsClient(keycloak, 0));
        String command = args.length == 0 ? "load" : args[0];
        switch (command) {
            case "load" -> load(flow);
            case "orders" -> orders(flow, args.length > 1 ? Integer.parseInt(args[1]) : 5);
            default -> throw new IllegalArgumentException("usage: Demo load | orders [count]");
        }
    }

    static void load(OrderFlow flow) {
        for (Item item : CATALOGUE) {
            flow.upsertProduct(item.sku(), item.name(), item.specification(), item.category(), item.price());
            flow.setStock("LIS", item.sku(), 500);
            flow.setStock("POR", item.sku(), 200);
        }
        for (Item item : CATALOGUE) {
            flow.awaitReviewKnows(item.sku(), item.price(), 1);
        }
        System.out.printf("demo data: %d products, stock in warehouses LIS and POR%n", CATALOGUE.size());
    }

    static void orders(OrderFlow flow, int count) {
        load(flow);
        Instant start = Instant.now().minusSeconds(1);
        // Review holds the same customer ordering the same items again within a day as a suspected duplicate:
        // each demo run's customers get their own e-mail addresses, so the demo can be run again.
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < count; i++) {
            Item first = CATALOGUE.get(i % CATALOGUE.size());
            Item second = CATALOGUE.get((i + 3) % CATALOGUE.size());
            int quantity = 1 + i % 3;
            BigDecimal total = new BigDecimal(first.price())
                    .multiply(BigDecimal.valueOf(quantity))
                    .add(new BigDecimal(second.price()));
            String[] customer = CUSTOMERS[i % CUSTOMERS.length];
            JsonNode created = flow.placePaidOrder(OrderFlow.order(
                    customer[0],
                    customer[1].replace("@", "+" + run + "-" + i + "@"),
                    List.of(
                            OrderFlow.line(first.sku(), first.name(), quantity, first.price()),
                            OrderFlow.line(second.sku(), second.name(), 1, second.price())),
                    total.toPlainString()));
            UUID id = UUID.fromString(created.get("id").asText());
            flow.shipApprovedOrder(id, i % 2 == 0 ? "CTT" : "DHL", "DEMO" + (100000 + i));
            System.out.printf(
                    "shipped  %s  %s  %s EUR%n", created.get("orderNumber").asText(), customer[0], total);
        }
        Item item = CATALOGUE.get(3);
        JsonNode held = flow.placeOrder(OrderFlow.cashOnDelivery(OrderFlow.order(
                "Rui Santos",
                "rui.santos@example.com",
                List.of(OrderFlow.line(item.sku(), item.name(), 2, "7.00")),
                "14.00")));
        flow.awaitPendingReview(UUID.fromString(held.get("id").asText()));
        System.out.printf(
                "held     %s  price below the catalogue: waits in the manual review queue (GET /api/reviews?status=PENDING on :8082)%n",
                held.get("orderNumber").asText());
        exceptionsAndEntryRequests(flow, CATALOGUE.get(4));
        lateChanges(flow, CATALOGUE.get(5), run);
        printReport(flow.timeToShip(start, Instant.now().plusSeconds(1)));
    }

    /** A failed card payment that becomes an exception case, and an order waiting to be entered by a clerk. */
    static void exceptionsAndEntryRequests(OrderFlow flow, Item item) {
        OmsClient oms = flow.client();
        JsonNode unpaid = flow.placeOrder(OrderFlow.order(
                "Marta Pereira",
                "marta.pereira@example.com",
                List.of(OrderFlow.line(item.sku(), item.name(), 1, item.price())),
                item.price()));
        UUID unpaidId = UUID.fromString(unpaid.get("id").asText());
        oms.post(
                        Service.INTAKE,
                        "/api/orders/" + unpaidId + "/payments",
                        "finance",
                        Map.of(
                                "provider", "card-gateway",
                                "paymentId", "demo-" + UUID.randomUUID(),
                                "status", "FAILED",
                                "amount", item.price(),
                                "failureReason", "card declined"))
                .expect(201);
        flow.awaitCase(unpaidId);
        System.out.printf(
                "case     %s  card payment failed: an OPEN exception case for a manager (GET /api/cases on :8082)%n",
                unpaid.get("orderNumber").asText());
        JsonNode request = oms.post(
                        Service.INTAKE,
                        "/api/entry-requests",
                        "sales",
                        Map.of(
                                "customerName", "Carla Mendes",
                                "contact", "+351 913 000 111",
                                "requested", "2 x " + item.name() + ", gift wrapped",
                                "notes", "Sold at the Porto fair stand"))
                .expect(201)
                .body();
        System.out.printf(
                "entry    an order passed on by sales, to be entered by %s (GET /api/entry-requests on :8081)%n",
                request.get("deadline").asText());
    }

    /**
     * The lifecycle's authorities at work (docs/ORDER-LIFECYCLE.md): a payment that fails after the order was approved
     * holds it before picking, and a cancellation asked for after the parcel left is refused by shipping.
     */
    static void lateChanges(OrderFlow flow, Item item, String run) {
        JsonNode approved = flow.placePaidOrder(OrderFlow.order(
                "João Costa",
                "joao.costa+" + run + "-late@example.com",
                List.of(OrderFlow.line(item.sku(), item.name(), 1, item.price())),
                item.price()));
        UUID approvedId = UUID.fromString(approved.get("id").asText());
        flow.awaitOrderStatus(approvedId, "APPROVED");
        flow.recordPayment(approvedId, "FAILED", item.price(), "chargeback: card reported stolen");
        flow.awaitOrderStatus(approvedId, "IN_MANUAL_REVIEW");
        JsonNode pickList = flow.awaitPickList(approvedId);
        OmsClient.Reply refused = flow.client()
                .post(
                        Service.WAREHOUSE,
                        "/api/pick-lists/" + pickList.get("id").asText() + "/confirm",
                        "warehouse",
                        Map.of());
        System.out.printf(
                "hold     %s  payment failed after approval: back in manual review, the warehouse refuses to pick it (%d %s)%n",
                approved.get("orderNumber").asText(),
                refused.status(),
                refused.body().path("error").asText());

        JsonNode shipped = flow.placePaidOrder(OrderFlow.order(
                "Ana Silva",
                "ana.silva+" + run + "-late@example.com",
                List.of(OrderFlow.line(item.sku(), item.name(), 1, item.price())),
                item.price()));
        UUID shippedId = UUID.fromString(shipped.get("id").asText());
        String refusal = flow.dispatchWhileCustomerCancels(shippedId, "CTT", "DEMO-LATE-CANCEL");
        System.out.printf(
                "refused  %s  cancellation asked as the parcel left: refused by %s%n",
                shipped.get("orderNumber").asText(), refusal);
    }

    static void printReport(JsonNode report) {
        System.out.printf(
                "%ntime to ship, %d orders shipped today, this run's and earlier ones (analytics counts whole UTC days;"
                        + " seconds):%n",
                report.path("shippedOrders").asInt());
        System.out.printf("  %-22s %8s %8s %8s %8s %8s%n", "stage", "mean", "p50", "p90", "p99", "max");
        row("received -> shipped", report.path("receivedToShipped"));
        Map.of(
                        "1 received -> approved", "receivedToApproved",
                        "2 approved -> picked", "approvedToPicked",
                        "3 picked -> shipped", "pickedToShipped")
                .entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> row(e.getKey().substring(2), report.path("stages").path(e.getValue())));
    }

    private static void row(String name, JsonNode figures) {
        System.out.printf(
                "  %-22s %8s %8s %8s %8s %8s%n",
                name,
                seconds(figures, "meanSeconds"),
                seconds(figures, "p50Seconds"),
                seconds(figures, "p90Seconds"),
                seconds(figures, "p99Seconds"),
                seconds(figures, "maxSeconds"));
    }

    private static String seconds(JsonNode figures, String field) {
        JsonNode value = figures.path(field);
        return value.isNumber() ? String.format("%.2f", value.asDouble()) : "-";
    }

    private Demo() {}
}
