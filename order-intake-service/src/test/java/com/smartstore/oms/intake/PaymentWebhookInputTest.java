package com.smartstore.oms.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a signed payment report that is not JSON for a payment says where: the field of a duplicate key, a
 * control character or the place the JSON broke, not "body: is not JSON" (found by FuzzIT).
 */
@QuarkusTest
class PaymentWebhookInputTest {

    @Test
    void aDuplicateKeyIsNamed() {
        PaymentTest.deliver(
                        ("{\"paymentId\":\"pi_1\",\"paymentId\":\"pi_2\",\"status\":\"CAPTURED\",\"amount\":\"1.00\"}")
                                .getBytes(UTF_8))
                .then()
                .statusCode(422)
                .body("error", equalTo("unmappable-payment"))
                .body("message", startsWith("paymentId: Duplicate field 'paymentId'"));
    }

    @Test
    void brokenJsonSaysWhereItBroke() {
        PaymentTest.deliver("{\"paymentId\":\"pi_1\",\"amount\":}".getBytes(UTF_8))
                .then()
                .statusCode(422)
                .body("message", startsWith("amount: Unexpected character"));
    }

    @Test
    void aPaymentForAnOrderThatDoesNotExistNamesTheField() {
        PaymentTest.deliver(PaymentTest.capture(java.util.UUID.randomUUID(), "pi_unknown", "CAPTURED", "1.00"))
                .then()
                .statusCode(422)
                .body("error", equalTo("unknown-order"))
                .body("message", startsWith("orderId: order "));
    }

    @Test
    void aControlCharacterIsNamed() {
        PaymentTest.deliver("{\"paymentId\":\"pi\\u0000\",\"status\":\"CAPTURED\",\"amount\":\"1.00\"}".getBytes(UTF_8))
                .then()
                .statusCode(422)
                .body("message", startsWith("paymentId: text must not contain control characters"));
    }
}
