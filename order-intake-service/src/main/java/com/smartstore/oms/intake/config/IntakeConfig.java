package com.smartstore.oms.intake.config;

import com.smartstore.oms.kit.security.WebhookSecrets;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Business settings of order intake ({@code oms.intake.*}). */
@ConfigMapping(prefix = "oms.intake")
public interface IntakeConfig {
    /** Currency of the shop's prices and orders. */
    @WithDefault("EUR")
    String currency();

    /** Prefix of human-readable order numbers: {@code SO-20261127-00042}. */
    @WithDefault("SO")
    String orderNumberPrefix();

    /** Secret key of the customer pseudonym (HMAC), so consumers like analytics never see who the customer is. */
    String pseudonymKey();

    /**
     * Payment providers by name ({@code oms.intake.payment-providers.<name>.secret}): each signs its
     * {@code POST /webhooks/payments/<name>} deliveries with its secret; a provider without one is refused.
     */
    Map<String, Source> paymentProviders();

    /** Platform webhooks ({@code oms.intake.webhooks.*}). */
    Webhooks webhooks();

    /** Webhook secrets per source and the generic source's replay window. */
    interface Webhooks {
        /** How far the generic source's {@code X-Signature-Timestamp} may be from now. */
        @WithDefault("5m")
        Duration replayWindow();

        Source shopify();

        Source woocommerce();

        Source generic();

        /** BigCommerce sends the secret itself, in the {@code X-Webhook-Secret} header set on the webhook. */
        Source bigcommerce();
    }

    /** The BigCommerce store intake fetches orders from: its webhooks carry only the order id. */
    BigCommerce bigcommerce();

    /** A BigCommerce store's V2 API, and how hard intake tries to reach it. */
    interface BigCommerce {
        @WithDefault("https://api.bigcommerce.com")
        String apiUrl();

        Optional<String> storeHash();

        /** An API account's token with the Orders read-only scope ({@code X-Auth-Token}). */
        Optional<String> accessToken();

        /** Tries per request: a network failure, 429 or 5xx is tried again after a growing pause. */
        @WithDefault("4")
        int attempts();

        /** The first pause between tries; it doubles up to eight times this. */
        @WithDefault("250ms")
        Duration backoff();

        @WithDefault("3s")
        Duration timeout();
    }

    /**
     * One webhook source; without a secret every delivery from it is refused (401). While the secret is being
     * rotated, the old one is {@code previous-secret}, accepted as well until {@code previous-secret-until} (if given)
     * or until it is removed (issue 15).
     */
    interface Source {
        Optional<String> secret();

        Optional<String> previousSecret();

        Optional<Instant> previousSecretUntil();
    }

    /** The secrets a source may sign with at {@code now}: none for an unconfigured source. */
    static WebhookSecrets secrets(Source source, Instant now) {
        return source == null
                ? WebhookSecrets.only(null)
                : WebhookSecrets.of(source.secret(), source.previousSecret(), source.previousSecretUntil(), now);
    }
}
