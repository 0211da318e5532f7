package com.smartstore.oms.kit.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.kit.domain.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Webhook signatures: HMAC-SHA256 in base64, constant-time comparison, and the replay window. */
class WebhookSignatureTest {
    private static final byte[] BODY = "{\"id\":1}".getBytes(UTF_8);

    @Test
    void knownVector() {
        // The classic HMAC-SHA256 example, as openssl computes it independently of our code.
        assertThat(WebhookSignature.sign("key", "The quick brown fox jumps over the lazy dog".getBytes(UTF_8)))
                .isEqualTo("97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=");
    }

    @Test
    void verifiesOnlyTheRightSecretAndBody() {
        String signature = WebhookSignature.sign("secret", BODY);
        assertThat(WebhookSignature.verify("secret", BODY, signature)).isTrue();
        assertThat(WebhookSignature.verify("other", BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify("secret", "{\"id\":2}".getBytes(UTF_8), signature))
                .isFalse();
        assertThat(WebhookSignature.verify("secret", BODY, null)).isFalse();
        assertThat(WebhookSignature.verify("secret", BODY, "%%%")).isFalse();
        assertThat(WebhookSignature.verify(null, BODY, signature)).isFalse();
    }

    @Test
    void genericSignsTimestampDotBody() {
        assertThat(new String(WebhookSignature.genericContent("1700000000", BODY), UTF_8))
                .isEqualTo("1700000000.{\"id\":1}");
    }

    @Test
    void replayWindowAllowsSkewBothWays() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        Duration window = Duration.ofMinutes(5);
        assertThat(WebhookSignature.withinWindow("1700000000", now, window)).isTrue();
        assertThat(WebhookSignature.withinWindow("1699999700", now, window)).isTrue();
        assertThat(WebhookSignature.withinWindow("1699999699", now, window)).isFalse();
        assertThat(WebhookSignature.withinWindow("1700000301", now, window)).isFalse();
        assertThat(WebhookSignature.withinWindow("soon", now, window)).isFalse();
        assertThat(WebhookSignature.withinWindow(null, now, window)).isFalse();
    }

    @Test
    void anUnsignedSourcesHeaderMustCarryTheSecretItself() {
        assertThat(WebhookSignature.sameSecret("s3cret", "s3cret")).isTrue();
        assertThat(WebhookSignature.sameSecret("s3cret", " s3cret "))
                .as("surrounding blanks")
                .isTrue();
        assertThat(WebhookSignature.sameSecret("s3cret", "s3cret2")).isFalse();
        assertThat(WebhookSignature.sameSecret("s3cret", "S3CRET")).isFalse();
        assertThat(WebhookSignature.sameSecret("s3cret", null)).isFalse();
        assertThat(WebhookSignature.sameSecret(null, "s3cret")).isFalse();
        assertThat(WebhookSignature.sameSecret("", ""))
                .as("no secret configured accepts nothing")
                .isFalse();
    }

    @Test
    void anEmptySecretOrABlankSignatureNeverVerifies() {
        String signature = WebhookSignature.sign("secret", BODY);
        assertThat(WebhookSignature.verify("", BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify("secret", BODY, "  ")).isFalse();
        assertThat(WebhookSignature.verify("secret", BODY, " " + signature + " "))
                .isTrue();
    }

    @Test
    void aTimestampWithBlanksIsReadAndOneTooLongIsNot() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        Duration window = Duration.ofMinutes(5);
        assertThat(WebhookSignature.withinWindow(" 1700000000 ", now, window)).isTrue();
        assertThat(WebhookSignature.withinWindow("0001700000000", now, window)).isFalse();
        assertThat(WebhookSignature.withinWindow("-1700000000", now, window)).isFalse();
    }

    @Test
    void aTimestampedDeliveryIsCheckedForItsAgeThenItsSignature() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        byte[] body = "{\"a\":1}".getBytes(UTF_8);
        String timestamp = Long.toString(now.getEpochSecond());
        String signature = WebhookSignature.sign("s3cret", WebhookSignature.genericContent(timestamp, body));
        Duration window = Duration.ofMinutes(5);

        WebhookSignature.requireTimestamped("s3cret", timestamp, body, signature, now, window, "the secret");
        assertThatThrownBy(() -> WebhookSignature.requireTimestamped(
                        "s3cret", timestamp, body, signature, now.plus(Duration.ofMinutes(6)), window, "the secret"))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("signature-expired");
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.UNAUTHENTICATED);
                });
        assertThatThrownBy(() -> WebhookSignature.requireTimestamped(
                        "other", timestamp, body, signature, now, window, "carrier CTT's secret"))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("invalid-signature");
                    assertThat(r.getMessage()).contains("X-Signature", "carrier CTT's secret");
                });
        assertThatThrownBy(() ->
                        WebhookSignature.requireTimestamped("s3cret", null, body, signature, now, window, "the secret"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("signature-expired"));
    }

    /** Issue 15: during a rotation both secrets sign authentic deliveries; the old one only until its end. */
    @Test
    void duringARotationThePreviousSecretIsAcceptedUntilItsEnd() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        byte[] body = "{\"a\":1}".getBytes(UTF_8);
        String byOld = WebhookSignature.sign("old-secret", body);
        String byNew = WebhookSignature.sign("new-secret", body);

        WebhookSecrets rotating = WebhookSecrets.of(
                Optional.of("new-secret"), Optional.of("old-secret"), Optional.of(now.plusSeconds(3600)), now);
        assertThat(rotating.valid()).containsExactly("new-secret", "old-secret");
        assertThat(WebhookSignature.verifyAny(rotating, body, byOld)).isTrue();
        assertThat(WebhookSignature.verifyAny(rotating, body, byNew)).isTrue();
        assertThat(WebhookSignature.sameSecretAny(rotating, "old-secret")).isTrue();

        WebhookSecrets ended = WebhookSecrets.of(
                Optional.of("new-secret"), Optional.of("old-secret"), Optional.of(now.minusSeconds(1)), now);
        assertThat(WebhookSignature.verifyAny(ended, body, byOld)).isFalse();
        assertThat(WebhookSignature.verifyAny(ended, body, byNew)).isTrue();

        WebhookSecrets noEnd =
                WebhookSecrets.of(Optional.of("new-secret"), Optional.of("old-secret"), Optional.empty(), now);
        assertThat(WebhookSignature.verifyAny(noEnd, body, byOld)).isTrue();
        assertThat(WebhookSecrets.of(Optional.of(" "), Optional.empty(), Optional.empty(), now)
                        .isEmpty())
                .isTrue();
        assertThat(WebhookSignature.verifyAny(WebhookSecrets.only(null), body, byNew))
                .isFalse();

        String timestamp = Long.toString(now.getEpochSecond());
        String timestampedByOld = WebhookSignature.sign("old-secret", WebhookSignature.genericContent(timestamp, body));
        WebhookSignature.requireTimestamped(
                rotating, timestamp, body, timestampedByOld, now, Duration.ofMinutes(5), "the secret");
        assertThatThrownBy(() -> WebhookSignature.requireTimestamped(
                        ended, timestamp, body, timestampedByOld, now, Duration.ofMinutes(5), "the secret"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-signature"));
    }
}
