package com.smartstore.oms.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** Issue 15: which configured values a production start refuses. */
class DemoSecretsTest {

    /** Outside Quarkus the launch mode is NORMAL: what a production start sees. */
    @Test
    void aProductionStartWithTheLocalDemosSecretsIsRefusedNamingThem() {
        Config demo = config(Map.of(
                "%dev.oms.intake.webhooks.generic.secret", "dev-only-generic-secret",
                "oms.intake.webhooks.shopify.secret", "local-demo-shopify-secret",
                "oms.pii.keys.demo1", "bG9jYWwtZGVtby1vbmx5LXBpaS1rZXktMzItYnl0ZSE=",
                "oms.pii.hash-key", "f3a9c1d7e2b84f6a9d0c"));

        assertThatThrownBy(() -> new DemoSecrets().refuseDemoSecrets(null, demo))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("oms.intake.webhooks.shopify.secret, oms.pii.keys.demo1.")
                .hasMessageNotContaining("oms.pii.hash-key")
                .hasMessageNotContaining("%dev")
                .hasMessageNotContaining("local-demo-shopify-secret")
                .hasMessageContaining(DemoSecrets.ALLOW + "=true");
    }

    @Test
    void aLocalDemoMaySayItIsOneAndOwnSecretsStartAnyway() {
        Map<String, String> demo =
                new HashMap<>(Map.of("oms.intake.webhooks.shopify.secret", "local-demo-shopify-secret"));
        demo.put(DemoSecrets.ALLOW, "true");
        assertThatCode(() -> new DemoSecrets().refuseDemoSecrets(null, config(demo)))
                .doesNotThrowAnyException();
        assertThatCode(() -> new DemoSecrets()
                        .refuseDemoSecrets(null, config(Map.of("oms.intake.webhooks.shopify.secret", "f3a9c1d7e2b8"))))
                .doesNotThrowAnyException();
    }

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
    }

    @Test
    void theRepositorysDemoDevAndTestValuesAreFoundByName() {
        assertThat(DemoSecrets.demoValued(Map.of(
                        "oms.intake.webhooks.shopify.secret", "local-demo-shopify-secret",
                        "oms.intake.pseudonym-key", "dev-only-pseudonym-key",
                        "oms.pii.hash-key", "test-only-pii-hash-key",
                        "oms.shipping.carriers.ctt.webhook-secret", "f3a9c1d7e2b84f6a9d0c",
                        "quarkus.datasource.password", "a-long-production-password")))
                .containsExactly("oms.intake.pseudonym-key", "oms.intake.webhooks.shopify.secret", "oms.pii.hash-key");
    }

    @Test
    void aBase64KeyIsDecodedBeforeItIsJudged() {
        // deploy/local/services.sh's PII key: base64 of "local-demo-only-pii-key-32-byte!".
        assertThat(DemoSecrets.isDemoValue("bG9jYWwtZGVtby1vbmx5LXBpaS1rZXktMzItYnl0ZSE="))
                .isTrue();
        assertThat(DemoSecrets.isDemoValue("q7Z1x0m3Yh5cVt8pWn2Ks4Ld6Fg9Jr0Ba1Ce3Dh5Ei8="))
                .isFalse();
        assertThat(DemoSecrets.isDemoValue("  ")).isFalse();
        assertThat(DemoSecrets.isDemoValue(null)).isFalse();
    }

    @Test
    void onlyPropertiesNamedAsSecretsAreRead() {
        assertThat(DemoSecrets.isSecretName("oms.intake.webhooks.generic.secret"))
                .isTrue();
        assertThat(DemoSecrets.isSecretName("oms.pii.keys.demo1")).isTrue();
        assertThat(DemoSecrets.isSecretName("quarkus.datasource.password")).isTrue();
        assertThat(DemoSecrets.isSecretName("quarkus.oidc.credentials.secret")).isTrue();
        // Other profiles' values are not running; an environment variable is judged under its dotted name.
        assertThat(DemoSecrets.isSecretName("%dev.oms.pii.hash-key")).isFalse();
        assertThat(DemoSecrets.isSecretName("OMS_PII_KEYS_DEMO1")).isFalse();
        // A demo marker in an ordinary setting (a description, a URL) is not a secret.
        assertThat(DemoSecrets.isSecretName("oms.shipping.carriers.ctt.tracking-url"))
                .isFalse();
    }
}
