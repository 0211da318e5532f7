package com.smartstore.oms.intake.service;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.intake.config.IntakeConfig;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.domain.WebhookSignature;
import com.smartstore.oms.intake.domain.WebhookSource;
import com.smartstore.oms.intake.mapping.GenericOrderMapper;
import com.smartstore.oms.intake.mapping.PlatformOrder;
import com.smartstore.oms.intake.mapping.ShopifyOrderMapper;
import com.smartstore.oms.intake.mapping.UnmappableOrder;
import com.smartstore.oms.intake.mapping.WooCommerceOrderMapper;
import com.smartstore.oms.intake.repository.ConcurrentWrite;
import com.smartstore.oms.kit.rest.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Receives platform webhooks: authenticates the raw body, maps the platform's order, and stores it once
 * however often it arrives, keeping every authenticated delivery for audit.
 */
@ApplicationScoped
public class WebhookIntake {
    private static final Logger LOG = Logger.getLogger(WebhookIntake.class);
    private static final String UNIQUE_EXTERNAL_ID = "orders_channel_external_order_uk";

    /** The order a delivery led to, and whether this delivery created it. */
    public record Received(Order order, boolean created) {}

    private final OrderService orders;
    private final IntakeConfig config;
    private final ObjectMapper json;
    private final Validator validator;
    private final ShopifyOrderMapper shopify = new ShopifyOrderMapper();
    private final WooCommerceOrderMapper wooCommerce = new WooCommerceOrderMapper();
    private final GenericOrderMapper generic;

    public WebhookIntake(OrderService orders, IntakeConfig config, ObjectMapper json, Validator validator) {
        this.orders = orders;
        this.config = config;
        this.json = json;
        this.validator = validator;
        this.generic = new GenericOrderMapper(json);
    }

    /** Headers are looked up case-insensitively: pass a function from header name to its value or null. */
    public Uni<Received> receive(WebhookSource source, java.util.function.UnaryOperator<String> header, byte[] body) {
        authenticate(source, header, body);
        WebhookDelivery delivery = delivery(source, header, body);
        PlatformOrder mapped;
        try {
            mapped = map(source, header, body);
        } catch (UnmappableOrder e) {
            return orders.reject(delivery, e.getMessage())
                    .chain(() -> Uni.createFrom()
                            .failure(ApiException.unprocessable(
                                    "unmappable-order",
                                    "The " + source.path + " order cannot be taken: " + e.getMessage())));
        }
        delivery.externalOrderId = mapped.externalOrderId();
        var channel = source.channel;
        return orders.receive(channel, mapped.externalOrderId(), mapped.order(), delivery)
                .map(order -> new Received(order, delivery.outcome == WebhookDelivery.Outcome.CREATED))
                .onFailure(ConcurrentWrite.unique(UNIQUE_EXTERNAL_ID))
                .recoverWithUni(() -> orders.receiveDuplicate(channel, mapped.externalOrderId(), delivery.copy())
                        .map(order -> new Received(order, false)));
    }

    private void authenticate(WebhookSource source, java.util.function.UnaryOperator<String> header, byte[] body) {
        Optional<String> secret = secret(source);
        if (secret.isEmpty()) {
            LOG.warnf(
                    "webhook from %s refused: oms.intake.webhooks.%s.secret is not configured",
                    source.path, source.path);
        }
        byte[] content = body;
        if (source == WebhookSource.GENERIC) {
            String timestamp = header.apply(WebhookSource.GENERIC_TIMESTAMP);
            if (!WebhookSignature.withinWindow(
                    timestamp, Clock.systemUTC().instant(), config.webhooks().replayWindow())) {
                throw new ApiException(
                        401,
                        "signature-expired",
                        WebhookSource.GENERIC_TIMESTAMP + " is missing or further than "
                                + config.webhooks().replayWindow() + " from now; sign the delivery afresh");
            }
            content = WebhookSignature.genericContent(timestamp.trim(), body);
        }
        if (!WebhookSignature.verify(secret.orElse(null), content, header.apply(source.signatureHeader))) {
            throw new ApiException(
                    401,
                    "invalid-signature",
                    source.signatureHeader
                            + " is missing or is not the HMAC-SHA256 of the body with this source's secret");
        }
    }

    private Optional<String> secret(WebhookSource source) {
        var webhooks = config.webhooks();
        return (switch (source) {
                    case SHOPIFY -> webhooks.shopify();
                    case WOOCOMMERCE -> webhooks.woocommerce();
                    case GENERIC -> webhooks.generic();
                })
                .secret()
                .filter(s -> !s.isBlank());
    }

    private PlatformOrder map(WebhookSource source, java.util.function.UnaryOperator<String> header, byte[] body) {
        if (source.topicHeader != null) {
            String topic = header.apply(source.topicHeader);
            if (topic != null && !source.orderTopic.equals(topic)) {
                throw new UnmappableOrder(
                        source.topicHeader, "is " + topic + "; only " + source.orderTopic + " is taken");
            }
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (java.io.IOException e) {
            throw new UnmappableOrder("body", "is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new UnmappableOrder("body", "must be a JSON object");
        }
        PlatformOrder mapped = switch (source) {
            case SHOPIFY -> shopify.map(root, config.currency());
            case WOOCOMMERCE -> wooCommerce.map(root, config.currency());
            case GENERIC -> generic.map(root);
        };
        var violations = validator.validate(mapped.order());
        if (!violations.isEmpty()) {
            ConstraintViolation<?> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .orElseThrow();
            String all = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            throw new UnmappableOrder(first.getPropertyPath().toString(), "the mapped order is invalid: " + all);
        }
        return mapped;
    }

    private WebhookDelivery delivery(
            WebhookSource source, java.util.function.UnaryOperator<String> header, byte[] body) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : new String[] {
            source.signatureHeader,
            source.deliveryIdHeader,
            source.originHeader,
            source.topicHeader,
            WebhookSource.GENERIC_TIMESTAMP,
            "X-Shopify-API-Version",
            "X-Shopify-Triggered-At",
            "X-WC-Webhook-ID",
            "X-WC-Webhook-Resource",
            "X-WC-Webhook-Event",
            "Content-Type",
            "User-Agent"
        }) {
            if (name != null && header.apply(name) != null) {
                kept.put(name.toLowerCase(Locale.ROOT), header.apply(name));
            }
        }
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.source = source.path;
        delivery.deliveryId = header.apply(source.deliveryIdHeader);
        delivery.origin = header.apply(source.originHeader);
        delivery.topic = source.topicHeader == null ? null : header.apply(source.topicHeader);
        try {
            delivery.headers = json.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        delivery.payload = new String(body, UTF_8);
        delivery.receivedAt = Instant.now();
        return delivery;
    }
}
