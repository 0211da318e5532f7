package com.smartstore.oms.intake;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for a BigCommerce store's V2 API (a real HTTP server): it serves the documented response bodies
 * of {@code src/test/resources/platforms/bigcommerce/<fixture>/} for the orders a test gives it, answers a request
 * without the store's token 401, and can be told to fail a path a number of times first.
 */
public class BigCommerceStandIn implements QuarkusTestResourceLifecycleManager {
    static final String STORE = "abc123xyz";
    static final String TOKEN = "test-only-bigcommerce-token";

    /** The reply of a path: status and body. */
    record Reply(int status, String body) {}

    private static final Map<String, Deque<Reply>> REPLIES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", BigCommerceStandIn::handle);
        server.start();
        return Map.of(
                "oms.intake.bigcommerce.api-url",
                "http://127.0.0.1:" + server.getAddress().getPort(),
                "oms.intake.bigcommerce.store-hash",
                STORE,
                "oms.intake.bigcommerce.access-token",
                TOKEN,
                "oms.intake.bigcommerce.backoff",
                "20ms",
                "oms.intake.bigcommerce.timeout",
                "2s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Serves the fixture's order, products and shipping addresses as order {@code id}. */
    static void serve(String fixture, long id, Map<String, String> values) {
        for (String part : new String[] {"order", "products", "shipping_addresses"}) {
            String body = resource(fixture + "/" + part + ".json").replace("__ORDER_ID__", Long.toString(id));
            for (var e : values.entrySet()) {
                body = body.replace(e.getKey(), e.getValue());
            }
            reply(path(id, part), new Reply(200, body));
        }
    }

    /** Makes the next {@code times} requests of the path fail with the status before its fixture is served. */
    static void failFirst(long id, String part, int times, int status) {
        Deque<Reply> replies = REPLIES.computeIfAbsent(path(id, part), p -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            replies.addFirst(new Reply(status, "{\"status\":" + status + ",\"title\":\"Service Unavailable\"}"));
        }
    }

    static int calls(long id, String part) {
        AtomicInteger count = CALLS.get(path(id, part));
        return count == null ? 0 : count.get();
    }

    static String path(long id, String part) {
        String order = "/stores/" + STORE + "/v2/orders/" + id;
        return part.equals("order") ? order : order + "/" + part;
    }

    private static void reply(String path, Reply reply) {
        REPLIES.computeIfAbsent(path, p -> new ArrayDeque<>()).addLast(reply);
    }

    private static synchronized Reply next(String path) {
        Deque<Reply> replies = REPLIES.get(path);
        if (replies == null || replies.isEmpty()) {
            return new Reply(404, "[{\"status\":404,\"message\":\"The requested resource was not found.\"}]");
        }
        // The last reply stays: the fixture is served to every later request.
        return replies.size() > 1 ? replies.pollFirst() : replies.peekFirst();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        CALLS.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Reply reply = TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Auth-Token"))
                ? next(path)
                : new Reply(401, "[{\"status\":401,\"message\":\"You must be authenticated.\"}]");
        byte[] body = reply.body().getBytes(UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String resource(String name) {
        try (InputStream in = BigCommerceStandIn.class.getResourceAsStream("/platforms/bigcommerce/" + name)) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
