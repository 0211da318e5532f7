package com.smartstore.oms.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.kit.security.WebhookSignature;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a platform's webhook secret is rotated with an overlap, so no authentic delivery is refused while the
 * merchant changes it at the platform. The test profile has Shopify mid-rotation (its previous secret still
 * accepted) and WooCommerce's rotation ended ({@code previous-secret-until} passed).
 */
@QuarkusTest
class SecretRotationTest {

    @Test
    void duringARotationADeliverySignedWithThePreviousSecretIsAuthentic() {
        byte[] body = Webhooks.shopifyOrder(Webhooks.newPlatformId(), Fixtures.newSku(), Fixtures.newSku());
        Map<String, String> headers = new HashMap<>(Webhooks.shopifyHeaders(body));
        headers.put("X-Shopify-Hmac-Sha256", WebhookSignature.sign("test-only-shopify-previous-secret", body));

        int status = Webhooks.post("shopify", body, headers).then().extract().statusCode();
        assertThat(status)
                .as("an authentic delivery becomes an order or a case")
                .isIn(201, 202);

        headers.put("X-Shopify-Hmac-Sha256", WebhookSignature.sign("some-other-secret", body));
        Webhooks.post("shopify", body, headers).then().statusCode(401).body("error", equalTo("invalid-signature"));
    }

    @Test
    void onceTheRotationEndedThePreviousSecretIsRefusedAndTheNewOneAccepted() {
        byte[] body = Webhooks.wooCommerceOrder(Webhooks.newPlatformId(), Fixtures.newSku(), Fixtures.newSku());
        Map<String, String> headers = new HashMap<>(Webhooks.wooCommerceHeaders(body));
        headers.put("X-WC-Webhook-Signature", WebhookSignature.sign("test-only-woocommerce-previous-secret", body));
        Webhooks.post("woocommerce", body, headers).then().statusCode(401).body("error", equalTo("invalid-signature"));

        int status = Webhooks.post("woocommerce", body, Webhooks.wooCommerceHeaders(body))
                .then()
                .extract()
                .statusCode();
        assertThat(status).isIn(201, 202);
    }
}
