package com.smartstore.oms.intake.service;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.smartstore.oms.intake.config.IntakeConfig;
import com.smartstore.oms.intake.domain.PrivacyRequest;
import com.smartstore.oms.intake.domain.WebhookDelivery;
import com.smartstore.oms.intake.domain.WebhookSource;
import com.smartstore.oms.intake.domain.WebhookTopic;
import com.smartstore.oms.intake.mapping.BigCommerceOrderMapper;
import com.smartstore.oms.intake.mapping.GenericOrderMapper;
import com.smartstore.oms.intake.mapping.JsonText;
import com.smartstore.oms.intake.mapping.PlatformChange;
import com.smartstore.oms.intake.mapping.PlatformOrder;
import com.smartstore.oms.intake.mapping.ShopifyChangeMapper;
import com.smartstore.oms.intake.mapping.ShopifyOrderMapper;
import com.smartstore.oms.intake.mapping.ShopifyPrivacyRequest;
import com.smartstore.oms.intake.mapping.WooCommerceChangeMapper;
import com.smartstore.oms.intake.mapping.WooCommerceOrderMapper;
import com.smartstore.oms.intake.repository.ConcurrentWrite;
import com.smartstore.oms.intake.repository.IntakeCaseRepository;
import com.smartstore.oms.intake.repository.PrivacyRequestRepository;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.rest.ErrorMappers;
import com.smartstore.oms.kit.security.WebhookSecrets;
import com.smartstore.oms.kit.security.WebhookSignature;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Receives platform webhooks (issue 10: an authentic delivery is never refused). Only an unsigned or tampered
 * delivery is 401 and only a body that is not JSON is 400; every other authentic delivery is acknowledged and kept:
 * a new order becomes exactly one order or exactly one DATA_ERROR intake case however often it arrives, a topic
 * intake does not act on is recorded as ignored, and WooCommerce's unsigned ping is answered 200.
 */
@ApplicationScoped
public class WebhookIntake {
    private static final Logger LOG = Logger.getLogger(WebhookIntake.class);
    private static final String UNIQUE_EXTERNAL_ID = "orders_channel_external_order_uk";

    /** WooCommerce's ping when a merchant saves a webhook: {@code webhook_id=<n>}, form-encoded, unsigned. */
    private static final Pattern WOO_PING = Pattern.compile("webhook_id=(\\d{1,20})");

    /** Platform order ids longer than this are no ids (they become a case, deduplicated by the body). */
    static final int MAX_EXTERNAL_ID = 100;

    /** What a delivery led to. */
    public sealed interface Outcome permits Taken, Changed, Privacy, Ignored, Ping {}

    /** An order or an intake case. */
    public record Taken(PlatformOrderIntake.Taken taken) implements Outcome {}

    /** A change of an order on the platform, applied (or not) to the order. */
    public record Changed(PlatformOrderChanges.Answer answer) implements Outcome {}

    /** A privacy request, recorded for staff (and, for an erasure, done). */
    public record Privacy(PrivacyRequests.Answer answer) implements Outcome {}

    /** A topic intake does not act on (yet), acknowledged. */
    public record Ignored(String topic) implements Outcome {}

    /** WooCommerce's ping, answered and forgotten. */
    public record Ping(String webhookId) implements Outcome {}

    /**
     * Platform bodies are read without the request limits of our own API (SafeJson): a signed platform order with a
     * 100 KB note must become an order or a case, not a 400. The HTTP body limit still bounds them.
     */
    private static final ObjectMapper PLATFORM_JSON = JsonMapper.builder().build();

    private final PlatformOrderIntake intake;
    private final PlatformOrderChanges changes;
    private final PrivacyRequests privacy;
    private final IntakeConfig config;
    private final ShopifyOrderMapper shopify = new ShopifyOrderMapper();
    private final WooCommerceOrderMapper wooCommerce = new WooCommerceOrderMapper();
    private final ShopifyChangeMapper shopifyChanges = new ShopifyChangeMapper();
    private final WooCommerceChangeMapper wooCommerceChanges = new WooCommerceChangeMapper();
    private final BigCommerceOrderMapper bigCommerce = new BigCommerceOrderMapper();
    private final GenericOrderMapper generic;
    private final BigCommerceOrders bigCommerceOrders;
    private final Clock clock;

    public WebhookIntake(
            PlatformOrderIntake intake,
            PlatformOrderChanges changes,
            PrivacyRequests privacy,
            BigCommerceOrders bigCommerceOrders,
            IntakeConfig config,
            ObjectMapper json,
            Clock clock) {
        this.bigCommerceOrders = bigCommerceOrders;
        this.intake = intake;
        this.changes = changes;
        this.privacy = privacy;
        this.config = config;
        this.generic = new GenericOrderMapper(json);
        this.clock = clock;
    }

    /** Headers are looked up case-insensitively: pass a function from header name to its value or null. */
    public Uni<Outcome> receive(WebhookSource source, UnaryOperator<String> header, byte[] body) {
        Optional<Ping> ping = ping(source, header, body);
        if (ping.isPresent()) {
            return Uni.createFrom().item(ping.get());
        }
        authenticate(source, header, body);
        WebhookDelivery delivery = delivery(source, header, body);
        Optional<WebhookTopic> topic = source.topic(delivery.topic);
        if (topic.isEmpty()) {
            return intake.ignore(delivery, "topic " + delivery.topic + " is not acted on (yet)")
                    .replaceWith(new Ignored(delivery.topic));
        }
        JsonNode root;
        try {
            root = PLATFORM_JSON.readTree(body);
        } catch (java.io.IOException e) {
            // Where it broke (line_items[0].price: Unexpected character...), so the shop's developer can find it.
            String why = e instanceof JsonProcessingException j ? ErrorMappers.describe(j) : "body: " + e.getMessage();
            return malformed(source, delivery, "body is not JSON: " + JsonText.truncate(JsonText.clean(why), 300));
        }
        if (root == null || root.isMissingNode()) {
            return malformed(source, delivery, "body: is empty");
        }
        if (source == WebhookSource.BIGCOMMERCE) {
            return bigCommerce(delivery, JsonText.clean(root), body);
        }
        if (topic.get().privacy()) {
            return privacy(source, delivery, topic.get(), JsonText.clean(root), body);
        }
        if (topic.get().change()) {
            return change(source, delivery, mapChange(source, topic.get(), JsonText.clean(root)), body);
        }
        JsonNode clean = JsonText.clean(root);
        return takeAt(source, delivery, map(source, clean), body, platformUpdatedAt(source, clean));
    }

    /** A new order (or an update of an order intake never had, which carries the whole order). */
    private Uni<Outcome> take(WebhookSource source, WebhookDelivery delivery, PlatformOrder mapped, byte[] body) {
        PlatformOrder taken = withUsableId(mapped);
        String dedupeKey = dedupeKey(source, taken.externalOrderId(), body);
        delivery.externalOrderId = taken.externalOrderId();
        return intake.take(source, delivery, taken, dedupeKey)
                .onFailure(ConcurrentWrite.unique(UNIQUE_EXTERNAL_ID)
                        .or(ConcurrentWrite.unique(IntakeCaseRepository.UNIQUE)))
                .recoverWithUni(() -> intake.take(source, delivery.copy(), taken, dedupeKey))
                .map(Taken::new);
    }

    /**
     * The order's later life (issue 10, part B): a redelivery is answered as the first delivery was; a change of an
     * order intake has is applied to it; one of an order intake never had becomes the order when the body carries
     * it (Shopify's order topics, WooCommerce's {@code order.updated}), else it is kept as UNKNOWN_ORDER.
     */
    private Uni<Outcome> change(WebhookSource source, WebhookDelivery delivery, PlatformChange change, byte[] body) {
        return changes.earlier(source, delivery.deliveryId).chain(first -> {
            if (first != null && first.result != null) {
                return changes.repeat(delivery, first).map(Changed::new);
            }
            if (first != null && change.order() != null) {
                // The first delivery became the order (or its case): answered as a redelivery of that order.
                return take(source, delivery, change.order(), body);
            }
            return changes.apply(source, delivery, delivery.topic, change)
                    .onFailure(Refusal.class)
                    .recoverWithUni(
                            e -> changes.failed(source, delivery.copy(), delivery.topic, change, e.getMessage()))
                    .chain(answer -> answer != null
                            ? Uni.createFrom().item(new Changed(answer))
                            : unknownOrder(source, delivery.copy(), change, body));
        });
    }

    private Uni<Outcome> unknownOrder(
            WebhookSource source, WebhookDelivery delivery, PlatformChange change, byte[] body) {
        if (change.order() == null) {
            return changes.unknownOrder(delivery, delivery.topic, change).map(Changed::new);
        }
        return takeAt(source, delivery, change.order(), body, change.updatedAt());
    }

    /**
     * Takes the order and, when this delivery created it, remembers the platform's time of the state it was created
     * from, so that an update the platform made before it (sent first, delivered late) is stale.
     */
    private Uni<Outcome> takeAt(
            WebhookSource source, WebhookDelivery delivery, PlatformOrder mapped, byte[] body, Instant updatedAt) {
        return take(source, delivery, mapped, body).call(outcome -> {
            if (updatedAt != null
                    && outcome instanceof Taken t
                    && t.taken() instanceof PlatformOrderIntake.OrderTaken o
                    && o.created()) {
                return changes.createdFrom(o.order().id, updatedAt);
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** The platform's time of the order state a creation body carries (Shopify and WooCommerce say it). */
    private static Instant platformUpdatedAt(WebhookSource source, JsonNode order) {
        return switch (source) {
            case SHOPIFY -> ShopifyChangeMapper.updatedAt(order);
            case WOOCOMMERCE -> WooCommerceChangeMapper.updatedAt(order);
            case GENERIC, BIGCOMMERCE -> null;
        };
    }

    /**
     * BigCommerce's webhook names the order ({@code data.id}) in a scope ({@code store/order/created}); intake
     * fetches the order from the store and takes it as any platform order. A store that does not give it (after
     * the retries) makes the delivery a DATA_ERROR case naming why, for a clerk to enter the order.
     */
    private Uni<Outcome> bigCommerce(WebhookDelivery delivery, JsonNode root, byte[] body) {
        String scope = root == null ? "" : root.path("scope").asText("");
        delivery.topic = JsonText.truncate(scope, 200);
        delivery.deliveryId =
                root == null ? null : JsonText.truncate(root.path("hash").asText(null), 200);
        if (!"store/order/created".equals(scope)) {
            return intake.ignore(delivery, "scope " + scope + " is not acted on")
                    .replaceWith(new Ignored(scope));
        }
        String orderId = root.path("data").path("id").asText("");
        if (!orderId.matches("\\d{1,20}")) {
            var unreadable = new PlatformOrder(null, null, null, List.of("data.id: is not an order id"));
            return take(WebhookSource.BIGCOMMERCE, delivery, unreadable, body);
        }
        return bigCommerceOrders
                .fetch(orderId)
                .map(bigCommerce::map)
                .onFailure()
                .recoverWithItem(e -> new PlatformOrder(
                        orderId,
                        null,
                        null,
                        List.of("order " + orderId + ": could not be fetched from the store (" + e.getMessage() + ")")))
                .chain(mapped -> take(WebhookSource.BIGCOMMERCE, delivery, mapped, body));
    }

    /** Shopify's privacy webhooks: one privacy request each, however often delivered (issue 10, part B). */
    private Uni<Outcome> privacy(
            WebhookSource source, WebhookDelivery delivery, WebhookTopic topic, JsonNode root, byte[] body) {
        var request =
                ShopifyPrivacyRequest.of(root == null || !root.isObject() ? PLATFORM_JSON.createObjectNode() : root);
        var kind = switch (topic) {
            case CUSTOMER_DATA_REQUEST -> PrivacyRequest.Kind.DATA_REQUEST;
            case CUSTOMER_REDACT -> PrivacyRequest.Kind.CUSTOMER_REDACT;
            default -> PrivacyRequest.Kind.SHOP_REDACT;
        };
        String key = source.path + ":" + delivery.topic + ":"
                + (request.requestId() != null
                        ? "request:" + request.requestId()
                        : delivery.deliveryId != null
                                ? "delivery:" + delivery.deliveryId
                                : dedupeKey(source, null, body));
        return privacy.receive(source, delivery, kind, request, key)
                .onFailure(ConcurrentWrite.unique(PrivacyRequestRepository.UNIQUE))
                .recoverWithUni(() -> privacy.receive(source, delivery.copy(), kind, request, key))
                .map(Privacy::new);
    }

    private PlatformChange mapChange(WebhookSource source, WebhookTopic topic, JsonNode root) {
        if (root == null || !root.isObject()) {
            return new PlatformChange(
                    null, null, null, null, null, null, null, false, List.of("body: must be a JSON object"));
        }
        return source == WebhookSource.SHOPIFY ? shopifyChanges.map(topic, root) : wooCommerceChanges.map(topic, root);
    }

    private Uni<Outcome> malformed(WebhookSource source, WebhookDelivery delivery, String problem) {
        return intake.reject(delivery, problem)
                .chain(() -> Uni.createFrom()
                        .failure(Refusal.invalid("malformed-json", "The " + source.path + " delivery's " + problem)));
    }

    /** An id longer than any platform's is no id: the order becomes a case, deduplicated by its body. */
    private static PlatformOrder withUsableId(PlatformOrder mapped) {
        String id = mapped.externalOrderId();
        if (id == null || id.length() <= MAX_EXTERNAL_ID) {
            return mapped;
        }
        return new PlatformOrder(null, mapped.order(), mapped.details(), mapped.problems())
                .withProblems(List.of("id: is longer than " + MAX_EXTERNAL_ID + " characters"));
    }

    /** WooCommerce's ping: no signature, a form body {@code webhook_id=<n>}. Anything else is a delivery. */
    private static Optional<Ping> ping(WebhookSource source, UnaryOperator<String> header, byte[] body) {
        if (source != WebhookSource.WOOCOMMERCE || header.apply(source.signatureHeader) != null || body.length > 40) {
            return Optional.empty();
        }
        var matcher = WOO_PING.matcher(new String(body, UTF_8).trim());
        return matcher.matches() ? Optional.of(new Ping(matcher.group(1))) : Optional.empty();
    }

    private PlatformOrder map(WebhookSource source, JsonNode root) {
        if (root == null || !root.isObject()) {
            return new PlatformOrder(null, null, null, List.of("body: must be a JSON object, is " + kind(root)));
        }
        return switch (source) {
            case SHOPIFY -> shopify.map(root);
            case WOOCOMMERCE -> wooCommerce.map(root);
            case GENERIC -> generic.map(root);
            case BIGCOMMERCE -> bigCommerce.map(root);
        };
    }

    private static String kind(JsonNode node) {
        return node == null ? "empty" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** One platform order: the channel and its id, or, without an id, the body's SHA-256. */
    private static String dedupeKey(WebhookSource source, String externalOrderId, byte[] body) {
        if (externalOrderId != null) {
            return source.channel + ":id:" + externalOrderId;
        }
        try {
            return source.channel + ":sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private void authenticate(WebhookSource source, UnaryOperator<String> header, byte[] body) {
        WebhookSecrets secrets = secrets(source);
        if (secrets.isEmpty()) {
            LOG.warnf(
                    "webhook from %s refused: oms.intake.webhooks.%s.secret is not configured",
                    source.path, source.path);
        }
        if (source == WebhookSource.GENERIC) {
            WebhookSignature.requireTimestamped(
                    secrets,
                    header.apply(WebhookSignature.TIMESTAMP_HEADER),
                    body,
                    header.apply(WebhookSignature.SIGNATURE_HEADER),
                    clock.instant(),
                    config.webhooks().replayWindow(),
                    "this source's secret");
            return;
        }
        boolean authentic = source == WebhookSource.BIGCOMMERCE
                ? WebhookSignature.sameSecretAny(secrets, header.apply(source.signatureHeader))
                : WebhookSignature.verifyAny(secrets, body, header.apply(source.signatureHeader));
        if (!authentic) {
            throw Refusal.unauthenticated(
                    "invalid-signature",
                    source.signatureHeader
                            + (source == WebhookSource.BIGCOMMERCE
                                    ? " is missing or is not this source's secret"
                                    : " is missing or is not the HMAC-SHA256 of the body with this source's secret"));
        }
    }

    private WebhookSecrets secrets(WebhookSource source) {
        var webhooks = config.webhooks();
        IntakeConfig.Source configured = switch (source) {
            case SHOPIFY -> webhooks.shopify();
            case WOOCOMMERCE -> webhooks.woocommerce();
            case GENERIC -> webhooks.generic();
            case BIGCOMMERCE -> webhooks.bigcommerce();
        };
        return IntakeConfig.secrets(configured, clock.instant());
    }

    private WebhookDelivery delivery(WebhookSource source, UnaryOperator<String> header, byte[] body) {
        Map<String, String> kept = new LinkedHashMap<>();
        // BigCommerce's "signature" header is the secret itself: never kept.
        for (String name : new String[] {
            source == WebhookSource.BIGCOMMERCE ? null : source.signatureHeader,
            source.deliveryIdHeader,
            source.originHeader,
            source.topicHeader,
            WebhookSignature.TIMESTAMP_HEADER,
            "X-Shopify-API-Version",
            "X-Shopify-Triggered-At",
            "X-Shopify-Event-Id",
            "X-WC-Webhook-ID",
            "X-WC-Webhook-Resource",
            "X-WC-Webhook-Event",
            "Content-Type",
            "User-Agent"
        }) {
            if (name != null && header.apply(name) != null) {
                kept.put(name.toLowerCase(Locale.ROOT), JsonText.truncate(JsonText.clean(header.apply(name)), 500));
            }
        }
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.source = source.path;
        delivery.deliveryId = headerValue(header, source.deliveryIdHeader);
        delivery.origin = headerValue(header, source.originHeader);
        delivery.topic = source.topicHeader == null ? null : headerValue(header, source.topicHeader);
        try {
            delivery.headers = PLATFORM_JSON.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        delivery.payload = new String(body, UTF_8);
        delivery.receivedAt = clock.instant();
        return delivery;
    }

    private static String headerValue(UnaryOperator<String> header, String name) {
        String value = name == null ? null : header.apply(name);
        return value == null ? null : JsonText.truncate(JsonText.clean(value.trim()), 200);
    }
}
