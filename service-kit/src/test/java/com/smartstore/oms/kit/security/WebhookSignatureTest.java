package com.smartstore.oms.kit.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
}
