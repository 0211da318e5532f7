package com.smartstore.oms.intake.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.smartstore.oms.intake.config.IntakeConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches a BigCommerce order from the store's V2 API ({@code /v2/orders/{id}}, its {@code products} and
 * {@code shipping_addresses}) with the store's API token: BigCommerce's {@code store/order/created} webhook names the
 * order only. A network failure, 429 or 5xx is tried again after a growing pause ({@code oms.intake.bigcommerce.*}).
 */
@ApplicationScoped
public class BigCommerceOrders {
    /** The store did not give the order (after the retries, or at once for an answer no retry changes). */
    public static final class NotFetched extends RuntimeException {
        private final boolean retryable;

        NotFetched(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final IntakeConfig.BigCommerce config;
    private final HttpClient http;

    public BigCommerceOrders(IntakeConfig config) {
        this.config = config.bigcommerce();
        this.http =
                HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    /** The order as {@code {order, products, shipping_addresses}}, for {@code BigCommerceOrderMapper}. */
    public Uni<JsonNode> fetch(String orderId) {
        // The JDK client completes on its own threads: the caller goes on (with its database session) on its context.
        Context caller = Vertx.currentContext();
        Uni<JsonNode> fetched = fetchOrder(orderId);
        return caller == null ? fetched : fetched.emitOn(task -> caller.runOnContext(v -> task.run()));
    }

    private Uni<JsonNode> fetchOrder(String orderId) {
        String order = "/v2/orders/" + orderId;
        return get(order)
                .chain(o -> get(order + "/products")
                        .chain(products -> get(order + "/shipping_addresses").map(addresses -> {
                            ObjectNode all = JSON.createObjectNode();
                            all.set("order", o);
                            all.set("products", products);
                            all.set("shipping_addresses", addresses);
                            return (JsonNode) all;
                        })));
    }

    private Uni<JsonNode> get(String path) {
        if (config.storeHash().isEmpty() || config.accessToken().isEmpty()) {
            return Uni.createFrom()
                    .failure(new NotFetched(
                            "oms.intake.bigcommerce.store-hash and .access-token are not configured", false));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        config.apiUrl() + "/stores/" + config.storeHash().get() + path))
                .header("X-Auth-Token", config.accessToken().get())
                .header("Accept", "application/json")
                .timeout(config.timeout())
                .GET()
                .build();
        Duration pause = config.backoff();
        return Uni.createFrom()
                .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()))
                .map(response -> body(path, response))
                .onFailure(BigCommerceOrders::retryable)
                .retry()
                .withBackOff(pause, pause.multipliedBy(8))
                .atMost(Math.max(0, config.attempts() - 1))
                .onFailure(e -> !(e instanceof NotFetched))
                .transform(e -> new NotFetched(path + ": " + e, true));
    }

    private static JsonNode body(String path, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 204) {
            return JSON.createArrayNode(); // BigCommerce answers an empty list with No Content
        }
        if (status != 200) {
            boolean again = status == 429 || status >= 500;
            throw new NotFetched(path + " answered " + status, again);
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new NotFetched(path + " answered a body that is not JSON", false);
        }
    }

    private static boolean retryable(Throwable e) {
        return !(e instanceof NotFetched nf) || nf.retryable;
    }
}
