package com.smartstore.oms.systemtests.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.smartstore.oms.systemtests.OmsClient;
import com.smartstore.oms.systemtests.Service;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Warehouse and shipping staff keeping up with the load through REST, with real tokens: pickers confirm every open pick
 * list as listed and pack it in one parcel, dispatchers hand every waiting shipment to the carrier. Several of each
 * work at once (a pool of {@code hands}), and each list is read again as soon as its round is handed out, so the
 * work is taken as fast as it appears; a 409 (e.g. held in the meantime) is left for the next round.
 */
public final class BenchStaff implements AutoCloseable {
    private final OmsClient oms;
    private final ExecutorService hands;
    private final AtomicBoolean atWork = new AtomicBoolean(true);
    private final Set<String> inHand = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> done = new ConcurrentHashMap<>();
    private final List<Thread> foremen;
    private final AtomicLong tracking = new AtomicLong((System.currentTimeMillis() / 1000) % 900_000_000L);

    public BenchStaff(OmsClient oms, int hands) {
        this.oms = oms;
        this.hands = Executors.newFixedThreadPool(hands);
        foremen = List.of(
                foreman("confirm", Service.WAREHOUSE, "/api/pick-lists?status=OPEN&size=200", "warehouse"),
                foreman("pack", Service.WAREHOUSE, "/api/pick-lists?status=PICKED&size=200", "warehouse"),
                foreman("dispatch", Service.SHIPPING, "/api/shipments?status=WAITING_DISPATCH&size=200", "shipping"));
    }

    private Thread foreman(String action, Service service, String list, String user) {
        Thread t = new Thread(
                () -> {
                    while (atWork.get()) {
                        int handed = 0;
                        try {
                            for (JsonNode item :
                                    oms.get(service, list, user).expect(200).items()) {
                                String id = item.get("id").asText();
                                if (inHand.add(action + id)) {
                                    handed++;
                                    hands.execute(() -> {
                                        try {
                                            int status = act(action, id);
                                            done.computeIfAbsent(action + " " + status, k -> new AtomicLong())
                                                    .incrementAndGet();
                                        } catch (RuntimeException e) {
                                            done.computeIfAbsent(action + " error", k -> new AtomicLong())
                                                    .incrementAndGet();
                                        } finally {
                                            inHand.remove(action + id);
                                        }
                                    });
                                }
                            }
                        } catch (RuntimeException e) {
                            done.computeIfAbsent(action + " list error", k -> new AtomicLong())
                                    .incrementAndGet();
                        }
                        if (handed == 0) {
                            pause(100);
                        }
                    }
                },
                "bench-staff-" + action);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private int act(String action, String id) {
        return switch (action) {
            case "confirm" ->
                oms.post(Service.WAREHOUSE, "/api/pick-lists/" + id + "/confirm", "warehouse", Map.of())
                        .status();
            case "pack" ->
                oms.post(
                                Service.WAREHOUSE,
                                "/api/pick-lists/" + id + "/pack",
                                "warehouse",
                                Map.of("parcels", List.of(Map.of("weightKg", "1.0"))))
                        .status();
            case "dispatch" ->
                oms.post(
                                Service.SHIPPING,
                                "/api/shipments/" + id + "/dispatch",
                                "shipping",
                                Map.of("carrier", "CTT", "trackingNumber", tracking(id)))
                        .status();
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** A CTT-shaped tracking number (two letters, nine digits, PT), a new one per dispatch. */
    private String tracking(String id) {
        return "RR" + (100_000_000L + tracking.getAndIncrement() % 900_000_000L) + "PT";
    }

    /** Requests made so far by action and answer, e.g. {@code confirm 200}. */
    public Map<String, AtomicLong> done() {
        return done;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        atWork.set(false);
        for (Thread t : foremen) {
            t.join(30_000);
        }
        hands.shutdown();
        hands.awaitTermination(30, TimeUnit.SECONDS);
    }
}
