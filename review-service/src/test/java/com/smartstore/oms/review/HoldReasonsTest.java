package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.heldOnlyFor;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Each of the order-shape rules holds an order for a person and says why, in the event and on the review. */
@QuarkusTest
class HoldReasonsTest {

    @Test
    void aMalformedPostalCodeIsHeld() {
        String sku = newSku();
        catalogued(sku, "10.00", 5);
        OrderReceived order = anOrder()
                .line(sku, 1, "10.00")
                .address("Calle Mayor 1", "Madrid", "2801", "ES")
                .build();

        OrderHeld held = heldOnlyFor(order, "address-complete");

        assertThat(held.failedRules().get(0).explanation()).contains("'2801'", "not a valid ES postal code");
        review(held.reviewId().toString())
                .body("status", equalTo("PENDING"))
                .body("rules.find { it.rule == 'address-complete' }.passed", equalTo(false))
                .body("rules.find { it.rule == 'address-complete' }.explanation", containsString("5 digits"));
    }

    @Test
    void aHighOrderValueIsHeld() {
        String sku = newSku();
        catalogued(sku, "600.00", 5);
        OrderReceived order = anOrder().line(sku, 2, "600.00").build();

        OrderHeld held = heldOnlyFor(order, "high-order-value");

        assertThat(held.failedRules().get(0).explanation())
                .contains("Order total 1200.00 EUR is above the high-value threshold of 1000.00");
        review(held.reviewId().toString())
                .body("rules.find { it.rule == 'high-order-value' }.explanation", containsString("1200.00 EUR"));
    }

    @Test
    void anUnusualQuantityIsHeld() {
        String sku = newSku();
        catalogued(sku, "1.00", 100);
        OrderReceived order = anOrder().line(sku, 51, "1.00").build();

        OrderHeld held = heldOnlyFor(order, "unusual-quantity");

        assertThat(held.failedRules().get(0).explanation()).contains("line 1 (" + sku + "): 51 units");
        review(held.reviewId().toString())
                .body("rules.find { it.rule == 'unusual-quantity' }.passed", equalTo(false))
                .body("rules.find { it.rule == 'stock-sufficient' }.passed", equalTo(true));
    }
}
