package com.smartstore.oms.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * The steps of an order's life as the staff do them through the REST APIs, each waiting for the
 * services to react to the events of the step before. Shared by the system tests and the demo.
 */
public final class OrderFlow {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final OmsClient oms;

    public OrderFlow(OmsClient oms) {
        this.oms = oms;
    }

    public OmsClient client() {
        return oms;
    }

    /** Creates the product, or updates it when it exists (so the demo data can be loaded twice). */
    public void upsertProduct(String sku, String name, String specification, String category, String price) {
        Map<String, Object> product = Map.of(
                "sku", sku, "name", name, "specification", specification, "category", category, "unitPrice", price);
        OmsClient.Reply created = oms.post(Service.INTAKE, "/api/products", "manager", product);
        if (created.status() == 409) {
            // An edit names the version it is based on (lost updates are refused).
            int version = oms.get(Service.INTAKE, "/api/products/" + sku, "manager")
                    .expect(200)
                    .body()
                    .get("version")
                    .asInt();
            Map<String, Object> update = new java.util.HashMap<>(product);
            update.put("version", version);
            oms.put(Service.INTAKE, "/api/products/" + sku, "manager", update).expect(200);
        } else {
            created.expect(201);
        }
    }

    /**
     * A new product (a fresh SKU, so tests never share one) with stock in warehouse LIS, once review knows
     * its price and that at least {@code available} units are there; returns the SKU.
     */
    public String stockedProduct(String name, String specification, String price, int onHand, int available) {
        String sku = "SYS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        upsertProduct(sku, name, specification, "system-test", price);
        setStock("LIS", sku, onHand);
        awaitReviewKnows(sku, price, available);
        return sku;
    }

    public void setStock(String warehouse, String sku, int onHand) {
        oms.put(Service.WAREHOUSE, "/api/stock/" + warehouse + "/" + sku, "warehouse", Map.of("onHand", onHand))
                .expect(200);
    }

    /** Waits until review's projections know the SKU's price and at least this much available stock. */
    public void awaitReviewKnows(String sku, String price, int available) {
        await("review to know " + sku, () -> {
            OmsClient.Reply reply = oms.get(Service.REVIEW, "/api/reviews/reference/" + sku, "reviewer");
            JsonNode body = reply.body();
            return reply.status() == 200
                            && body.path("catalogue")
                                            .path("unitPrice")
                                            .decimalValue()
                                            .compareTo(new java.math.BigDecimal(price))
                                    == 0
                            && body.path("available").asInt() >= available
                    ? Optional.of(body)
                    : Optional.empty();
        });
    }

    /**
     * An order body as an order clerk enters it, to be paid online: review waits for the payment that finance or the
     * provider records ({@link #placePaidOrder}); the clerk's word is not proof of payment (docs/ORDER-LIFECYCLE.md).
     */
    public static Map<String, Object> order(
            String customer, String email, List<Map<String, Object>> lines, String amount) {
        return Map.of(
                "customer", Map.of("name", customer, "email", email, "phone", "+351 912 000 000"),
                "shippingAddress",
                        Map.of("line1", "Rua Augusta 10", "city", "Lisboa", "postalCode", "1100-053", "country", "PT"),
                "lines", lines,
                "payment", Map.of("method", "ONLINE", "amount", amount),
                "channel", "REST");
    }

    /** The same order, paid cash on delivery: no payment to wait for before approval. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> cashOnDelivery(Map<String, Object> order) {
        Map<String, Object> cod = new java.util.HashMap<>(order);
        Object amount = ((Map<String, Object>) order.get("payment")).get("amount");
        cod.put("payment", Map.of("method", "CASH_ON_DELIVERY", "amount", amount));
        return cod;
    }

    /** Places the order as the order clerk, then finance records the card capture of its full amount. */
    @SuppressWarnings("unchecked")
    public JsonNode placePaidOrder(Map<String, Object> order) {
        JsonNode created = placeOrder(order);
        String amount =
                ((Map<String, Object>) order.get("payment")).get("amount").toString();
        recordPayment(UUID.fromString(created.get("id").asText()), "CAPTURED", amount, null);
        return created;
    }

    /** Finance records a payment of the order (R-I6): CAPTURED, FAILED or REFUNDED. */
    public JsonNode recordPayment(UUID orderId, String status, String amount, String failureReason) {
        Map<String, Object> payment = new java.util.HashMap<>(Map.of(
                "provider",
                "card-gateway",
                "paymentId",
                "pay-" + UUID.randomUUID(),
                "status",
                status,
                "amount",
                amount));
        if (failureReason != null) {
            payment.put("failureReason", failureReason);
        }
        return oms.post(Service.INTAKE, "/api/orders/" + orderId + "/payments", "finance", payment)
                .expect(201)
                .body();
    }

    public static Map<String, Object> line(String sku, String name, int quantity, String unitPrice) {
        return Map.of("sku", sku, "productName", name, "quantity", quantity, "unitPrice", unitPrice);
    }

    /** Places an order as the order clerk; returns intake's answer (id, orderNumber, status). */
    public JsonNode placeOrder(Map<String, Object> order) {
        return oms.post(Service.INTAKE, "/api/orders", "order-clerk", order)
                .expect(201)
                .body();
    }

    public JsonNode order(UUID id) {
        return oms.get(Service.INTAKE, "/api/orders/" + id, "customer-service")
                .expect(200)
                .body();
    }

    public JsonNode awaitOrderStatus(UUID id, String status) {
        return await("order " + id + " to be " + status, () -> {
            JsonNode order = order(id);
            return status.equals(order.path("status").asText()) ? Optional.of(order) : Optional.empty();
        });
    }

    /** The open pick list of an order, once the warehouse has reserved its stock. */
    public JsonNode awaitOpenPickList(UUID orderId) {
        return await(
                "a pick list for " + orderId,
                () -> find(
                        oms.get(Service.WAREHOUSE, "/api/pick-lists?status=OPEN&orderId=" + orderId, "warehouse")
                                .expect(200)
                                .items(),
                        "orderId",
                        orderId));
    }

    /** The picker confirms every line as listed, then packs it in one parcel: the warehouse publishes picked. */
    public void pickAndPack(String pickListId) {
        oms.post(Service.WAREHOUSE, "/api/pick-lists/" + pickListId + "/confirm", "warehouse", Map.of())
                .expect(200);
        oms.post(
                        Service.WAREHOUSE,
                        "/api/pick-lists/" + pickListId + "/pack",
                        "warehouse",
                        Map.of("parcels", List.of(Map.of("weightKg", "1.2"))))
                .expect(200);
    }

    public JsonNode awaitShipment(UUID orderId) {
        return await(
                "a shipment for " + orderId,
                () -> find(
                        oms.get(Service.SHIPPING, "/api/shipments?orderId=" + orderId, "shipping")
                                .expect(200)
                                .items(),
                        "orderId",
                        orderId));
    }

    public JsonNode dispatch(String shipmentId, String carrier, String trackingNumber) {
        return oms.post(
                        Service.SHIPPING,
                        "/api/shipments/" + shipmentId + "/dispatch",
                        "shipping",
                        Map.of("carrier", carrier, "trackingNumber", trackingNumber))
                .expect(200)
                .body();
    }

    /** Approved automatically, picked, dispatched and shipped: the whole happy path of one order. */
    public JsonNode shipApprovedOrder(UUID orderId, String carrier, String trackingNumber) {
        awaitOrderStatus(orderId, "APPROVED");
        pickAndPack(awaitOpenPickList(orderId).get("id").asText());
        dispatch(awaitShipment(orderId).get("id").asText(), carrier, trackingNumber);
        return awaitOrderStatus(orderId, "SHIPPED");
    }

    public JsonNode awaitPendingReview(UUID orderId) {
        return await(
                "a pending review of " + orderId,
                () -> find(
                        oms.get(Service.REVIEW, "/api/reviews?status=PENDING&orderId=" + orderId, "reviewer")
                                .expect(200)
                                .items(),
                        "orderId",
                        orderId));
    }

    public void reject(String reviewId, String reasonCode, String reason) {
        oms.post(
                        Service.REVIEW,
                        "/api/reviews/" + reviewId + "/reject",
                        "reviewer",
                        Map.of("reasonCode", reasonCode, "reason", reason))
                .expect(200);
    }

    /** Customer service asks to cancel an order (R-I11): a request that shipping confirms or refuses. */
    public JsonNode requestCancellation(UUID orderId, String reason) {
        return oms.post(
                        Service.INTAKE,
                        "/api/orders/" + orderId + "/cancel",
                        "customer-service",
                        Map.of("reason", reason))
                .expect(202)
                .body();
    }

    /**
     * Dispatches the order's packed shipment and at once asks to cancel the order, as a customer calling while the
     * parcel leaves: shipping refuses (REFUSED with its reason), or intake already knows the order shipped and
     * answers 409 at once. Returns the refusal as the customer is told it.
     */
    public String dispatchWhileCustomerCancels(UUID orderId, String carrier, String trackingNumber) {
        awaitOrderStatus(orderId, "APPROVED");
        pickAndPack(awaitOpenPickList(orderId).get("id").asText());
        dispatch(awaitShipment(orderId).get("id").asText(), carrier, trackingNumber);
        OmsClient.Reply asked = oms.post(
                Service.INTAKE,
                "/api/orders/" + orderId + "/cancel",
                "customer-service",
                Map.of("reason", "too late?"));
        if (asked.status() == 409) {
            return "intake: " + asked.body().path("message").asText();
        }
        asked.expect(202);
        return "shipping: "
                + awaitCancellation(orderId, "REFUSED").path("refusalReason").asText();
    }

    /** The order's cancellation (status, reason) once intake shows it in this status: CONFIRMED or REFUSED. */
    public JsonNode awaitCancellation(UUID orderId, String status) {
        return await("the cancellation of " + orderId + " to be " + status, () -> {
            JsonNode cancellation = order(orderId).path("cancellation");
            return status.equals(cancellation.path("status").asText()) ? Optional.of(cancellation) : Optional.empty();
        });
    }

    /** The order's pick list in any status, once the warehouse has one. */
    public JsonNode awaitPickList(UUID orderId) {
        return await(
                "a pick list for " + orderId,
                () -> find(
                        oms.get(Service.WAREHOUSE, "/api/pick-lists?orderId=" + orderId, "warehouse")
                                .expect(200)
                                .items(),
                        "orderId",
                        orderId));
    }

    /** The clerk's correction list entry of a rejected order (R-I9), once intake has it. */
    public JsonNode awaitCorrection(UUID orderId) {
        return await(
                "order " + orderId + " on the correction list",
                () -> find(
                        oms.get(Service.INTAKE, "/api/orders/corrections?orderId=" + orderId, "order-clerk")
                                .expect(200)
                                .items(),
                        "id",
                        orderId));
    }

    /** The clerk resubmits a rejected order as a corrected revision (R-I9). */
    public JsonNode correct(UUID orderId, Map<String, Object> correctedOrder) {
        return oms.put(Service.INTAKE, "/api/orders/" + orderId, "order-clerk", correctedOrder)
                .expect(200)
                .body();
    }

    /** Stock of a SKU in one warehouse as the warehouse shows it. */
    public JsonNode stock(String warehouse, String sku) {
        return find(
                        oms.get(Service.WAREHOUSE, "/api/stock?sku=" + sku + "&warehouse=" + warehouse, "warehouse")
                                .expect(200)
                                .items(),
                        "sku",
                        sku)
                .orElseThrow(() -> new IllegalStateException("no stock of " + sku + " in " + warehouse));
    }

    /** Waits until the SKU's stock in the warehouse reads this reserved and available quantity. */
    public JsonNode awaitStock(String warehouse, String sku, int reserved, int available) {
        return await("stock of " + sku + " to be reserved " + reserved + ", available " + available, () -> {
            JsonNode stock = stock(warehouse, sku);
            return stock.get("reserved").asInt() == reserved
                            && stock.get("available").asInt() == available
                    ? Optional.of(stock)
                    : Optional.empty();
        });
    }

    /** The exception case review opened for an order, once there is one. */
    public JsonNode awaitCase(UUID orderId) {
        return await(
                "an exception case for " + orderId,
                () -> find(
                        oms.get(Service.REVIEW, "/api/cases?orderId=" + orderId, "manager")
                                .expect(200)
                                .items(),
                        "orderId",
                        orderId));
    }

    /** A return of everything still returnable of an order, the customer's own choice, in their words. */
    public OmsClient.Reply requestReturn(UUID orderId, String notes) {
        return oms.post(
                Service.RETURNS,
                "/api/returns",
                "customer-service",
                Map.of("orderId", orderId, "reason", "CHANGED_MIND", "notes", notes));
    }

    /**
     * A customer returns one unit of a shipped order to exchange it (R-X2..R-X6): customer service opens the ticket
     * (once returns knows the order shipped), the warehouse receives the goods, after-sales inspects them as
     * resellable and exchanges them; intake's zero-priced replacement order, found by its external id.
     */
    public JsonNode exchange(UUID orderId, String sku, String specificationWanted) {
        JsonNode ticket = await("returns to open an exchange ticket for " + orderId, () -> {
            OmsClient.Reply opened = oms.post(
                    Service.RETURNS,
                    "/api/returns",
                    "customer-service",
                    Map.of(
                            "orderId",
                            orderId,
                            "reason",
                            "CHANGED_MIND",
                            "requestedOutcome",
                            "EXCHANGE",
                            "exchangeSpecification",
                            specificationWanted,
                            "lines",
                            List.of(Map.of("sku", sku, "quantity", 1))));
            return opened.status() == 201 ? Optional.of(opened.body()) : Optional.empty();
        });
        String ticketId = ticket.get("id").asText();
        List<Map<String, Object>> back = List.of(Map.of("sku", sku, "quantity", 1));
        oms.post(Service.RETURNS, "/api/returns/" + ticketId + "/receipt", "warehouse", Map.of("lines", back))
                .expect(200);
        oms.post(
                        Service.RETURNS,
                        "/api/returns/" + ticketId + "/inspection",
                        "after-sales",
                        Map.of(
                                "lines",
                                List.of(Map.of("sku", sku, "condition", "as new", "disposition", "RESELLABLE"))))
                .expect(200);
        oms.post(Service.RETURNS, "/api/returns/" + ticketId + "/exchange", "after-sales", Map.of())
                .expect(200);
        return await(
                "intake's replacement order of return " + ticketId,
                () -> find(
                        oms.get(Service.INTAKE, "/api/orders?externalId=exchange:" + ticketId, "customer-service")
                                .expect(200)
                                .items(),
                        "externalOrderId",
                        "exchange:" + ticketId));
    }

    /**
     * Analytics' timeline of an order, once it has recorded every given step (e.g. {@code approvedAt}):
     * analytics reads each step from its own topic, so one step being there says nothing of the others.
     */
    public JsonNode awaitTimeline(UUID orderId, String... steps) {
        return await("analytics to record " + String.join(", ", steps) + " of " + orderId, () -> {
            OmsClient.Reply reply =
                    oms.get(Service.ANALYTICS, "/api/analytics/orders/" + orderId + "/timeline", "manager");
            return reply.status() == 200 && java.util.Arrays.stream(steps).allMatch(reply.body()::hasNonNull)
                    ? Optional.of(reply.body())
                    : Optional.empty();
        });
    }

    public JsonNode timeToShip(Instant from, Instant to) {
        return oms.get(Service.ANALYTICS, "/api/analytics/time-to-ship?from=" + from + "&to=" + to, "manager")
                .expect(200)
                .body();
    }

    private static Optional<JsonNode> find(JsonNode list, String field, Object value) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> value.toString().equals(item.path(field).asText()))
                .findFirst();
    }

    /** Polls a condition until it yields a value, or fails after {@link #PATIENCE} saying what it waited for. */
    static <T> T await(String what, Supplier<Optional<T>> condition) {
        return await(what, PATIENCE, condition);
    }

    /** Polls a condition until it yields a value, or fails after {@code patience} saying what it waited for. */
    static <T> T await(String what, Duration patience, Supplier<Optional<T>> condition) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "gave up waiting for " + what + " after " + patience.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
