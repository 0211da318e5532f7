package com.smartstore.oms.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.intake.repository.OrderRepository;
import com.smartstore.oms.kit.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a platform order id of a few KB does not fit the index of the once-only check. It was a 500 (PostgreSQL
 * 54000, then taken for a concurrent duplicate that "vanished"); it becomes an intake case (202), and no order is stored.
 */
@QuarkusTest
class ExternalOrderIdTest {
    @Inject
    ObjectMapper json;

    @Inject
    OrderRepository orders;

    @Test
    void anOrderIdOfAFewKilobytesBecomesACaseAndStoresNoOrder() throws Exception {
        byte[] random = new byte[3000];
        new Random(16).nextBytes(random);
        String orderId = Base64.getUrlEncoder().encodeToString(random);
        Map<String, Object> order = new HashMap<>(Fixtures.order(Fixtures.newSku(), 1, "12.50", "12.50"));
        order.put("orderId", orderId);
        byte[] body = json.writeValueAsString(order).getBytes(UTF_8);
        long before = Db.read(() -> orders.count());

        // An authentic delivery is never refused (issue 10): it becomes a DATA_ERROR case for a clerk, not an order.
        Webhooks.post("generic", body, Webhooks.genericHeaders(body, Instant.now()))
                .then()
                .statusCode(202);

        assertThat(Db.read(() -> orders.count())).isEqualTo(before);
    }
}
