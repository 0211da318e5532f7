package com.smartstore.oms.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Simulated staff for the interleaving and chaos runs: a reviewer deciding every pending review, a picker confirming
 * and packing every open pick list, a dispatcher handing every waiting shipment to the carrier, an order clerk
 * cancelling every order rejected after it was picked (its goods go back to the shelf), each working in
 * rounds as fast as work appears, through the REST APIs with real tokens. Refusals (409 while an order is on hold,
 * cancelled or not yet known) and moments of unavailability are normal: the next round tries again.
 */
public final class Staff implements AutoCloseable {
    private final OmsClient oms;
    private final AtomicBoolean atWork = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    /** @param approves decides a pending review (its JSON): approve when true, reject otherwise */
    public Staff(OmsClient oms, Predicate<JsonNode> approves) {
        this.oms = oms;
        threads.add(start("reviewer", () -> review(approves)));
        threads.add(start("picker", this::pickAndPack));
        threads.add(start("dispatcher", this::dispatch));
        threads.add(start("clerk", this::cancelRejectedAfterPicking));
    }

    private Thread start(String name, Runnable round) {
        Thread t = new Thread(
                () -> {
                    while (atWork.get()) {
                        try {
                            round.run();
                        } catch (RuntimeException e) {
                            // a service restarting or lagging: the next round tries again
                        }
                        pause(150);
                    }
                },
                "staff-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void review(Predicate<JsonNode> approves) {
        for (JsonNode review : oms.get(Service.REVIEW, "/api/reviews?status=PENDING&size=200", "reviewer")
                .expect(200)
                .body()) {
            String id = review.get("id").asText();
            if (approves.test(review)) {
                oms.post(Service.REVIEW, "/api/reviews/" + id + "/approve", "reviewer", Map.of("note", "checked"));
            } else {
                oms.post(
                        Service.REVIEW,
                        "/api/reviews/" + id + "/reject",
                        "reviewer",
                        Map.of("reasonCode", "OTHER", "reason", "the simulated reviewer rejects this one"));
            }
        }
    }

    private void pickAndPack() {
        for (JsonNode list : oms.get(Service.WAREHOUSE, "/api/pick-lists?status=OPEN", "warehouse")
                .expect(200)
                .body()) {
            oms.post(
                    Service.WAREHOUSE,
                    "/api/pick-lists/" + list.get("id").asText() + "/confirm",
                    "warehouse",
                    Map.of());
        }
        for (JsonNode list : oms.get(Service.WAREHOUSE, "/api/pick-lists?status=PICKED", "warehouse")
                .expect(200)
                .body()) {
            oms.post(
                    Service.WAREHOUSE,
                    "/api/pick-lists/" + list.get("id").asText() + "/pack",
                    "warehouse",
                    Map.of("parcels", List.of(Map.of("weightKg", "1.0"))));
        }
    }

    private void dispatch() {
        for (JsonNode shipment : oms.get(
                        Service.SHIPPING, "/api/shipments?status=WAITING_DISPATCH&size=200", "shipping")
                .expect(200)
                .body()
                .path("items")) {
            String tracking = "RR" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999) + "PT";
            oms.post(
                    Service.SHIPPING,
                    "/api/shipments/" + shipment.get("id").asText() + "/dispatch",
                    "shipping",
                    Map.of("carrier", "CTT", "trackingNumber", tracking));
        }
    }

    /**
     * A rejection that reached the warehouse after the goods were picked leaves them packed and stopped: the order is
     * on the correction list with status PICKED, and the clerk cancels it (the request is idempotent while pending).
     */
    private void cancelRejectedAfterPicking() {
        for (JsonNode order : oms.get(Service.INTAKE, "/api/orders/corrections?limit=500", "order-clerk")
                .expect(200)
                .body()) {
            if ("PICKED".equals(order.path("status").asText())) {
                oms.post(
                        Service.INTAKE,
                        "/api/orders/" + order.get("id").asText() + "/cancel",
                        "order-clerk",
                        Map.of("reason", "rejected after picking: goods back to the shelf"));
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets the current rounds finish and stops. */
    @Override
    public void close() throws InterruptedException {
        atWork.set(false);
        for (Thread t : threads) {
            t.join(30_000);
        }
    }
}
