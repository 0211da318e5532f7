package com.smartstore.oms.kit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Abuse limits every service applies before it reads a request body (issue 15): a body whose {@code Content-Length}
 * is over the endpoint's limit ({@code oms.http.max-api-body} for {@code /api} and {@code /admin},
 * {@code oms.http.max-webhook-body} for {@code /webhooks}) is answered 413 {@code payload-too-large}, and a source
 * address that sends webhook deliveries faster than {@code oms.http.webhook-rate.*} allows is answered 429
 * {@code rate-limited} with {@code Retry-After}, before the signature is checked or the body buffered. Both answers
 * are the shared {@link ApiError} body, and both are counted ({@code oms.http.refused}) and logged: a platform retries
 * them, and an operator sees a refused authentic delivery instead of losing it silently.
 */
@ApplicationScoped
public class RequestLimits {
    private static final Logger LOG = Logger.getLogger(RequestLimits.class);

    private final HttpLimitsConfig config;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final SourceRateLimiter webhooks;

    public RequestLimits(HttpLimitsConfig config, ObjectMapper json, MeterRegistry metrics) {
        this.config = config;
        this.json = json;
        this.metrics = metrics;
        HttpLimitsConfig.WebhookRate rate = config.webhookRate();
        this.webhooks =
                rate.enabled() ? new SourceRateLimiter(rate.burst(), rate.perSecond(), rate.maxSources()) : null;
    }

    void install(@Observes Router router) {
        // Before the REST layer's route, which reads the body.
        router.route().order(-1000).handler(this::check);
    }

    void check(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean webhook = path.startsWith("/webhooks/");
        if (!webhook && !path.startsWith("/api/") && !path.startsWith("/admin/")) {
            rc.next();
            return;
        }
        if (webhook && webhooks != null) {
            long wait = webhooks.acquire(source(rc), System.nanoTime());
            if (wait > 0) {
                long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
                LOG.warnf(
                        "answering 429 to %s for %s: over %s deliveries a second",
                        source(rc), path, config.webhookRate().perSecond());
                refuse(
                        rc,
                        429,
                        "rate-limited",
                        "Too many deliveries from your address; nothing was read or changed. Retry after " + seconds
                                + " seconds",
                        seconds);
                return;
            }
        }
        long limit = (webhook ? config.maxWebhookBody() : config.maxApiBody()).asLongValue();
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length, limit)) {
            LOG.warnf("answering 413 to %s for %s: Content-Length %s over %d", source(rc), path, length, limit);
            refuse(
                    rc,
                    413,
                    "payload-too-large",
                    "The body is larger than this endpoint takes (" + limit + " bytes); nothing was read or changed",
                    0);
            return;
        }
        rc.next();
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed Content-Length itself
        }
    }

    private static String source(RoutingContext rc) {
        return rc.request().remoteAddress() == null
                ? "unknown"
                : rc.request().remoteAddress().hostAddress();
    }

    private void refuse(RoutingContext rc, int status, String error, String message, long retryAfterSeconds) {
        metrics.counter("oms.http.refused", "reason", error).increment();
        String body;
        try {
            body = json.writeValueAsString(ApiError.of(error, message));
        } catch (JsonProcessingException e) {
            body = "{\"error\":\"" + error + "\"}";
        }
        var response = rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                // The body was not read: the connection cannot carry another request.
                .putHeader(HttpHeaders.CONNECTION, "close");
        if (retryAfterSeconds > 0) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        response.end(body);
    }
}
