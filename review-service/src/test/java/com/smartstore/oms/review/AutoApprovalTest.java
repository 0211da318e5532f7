package com.smartstore.oms.review;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static com.smartstore.oms.review.ReviewFixtures.awaitEvents;
import static com.smartstore.oms.review.ReviewFixtures.catalogProduct;
import static com.smartstore.oms.review.ReviewFixtures.catalogued;
import static com.smartstore.oms.review.ReviewFixtures.deliverOrder;
import static com.smartstore.oms.review.ReviewFixtures.deliverProduct;
import static com.smartstore.oms.review.ReviewFixtures.deliverStock;
import static com.smartstore.oms.review.ReviewFixtures.newSku;
import static com.smartstore.oms.review.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import com.smartstore.oms.contracts.Events;
import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.OrderBuilder;
import com.smartstore.oms.kit.testing.TestKafka;
import com.smartstore.oms.review.domain.WarehouseStock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Automatic review against the projected catalogue and stock: approved without a person, or held. */
@QuarkusTest
class AutoApprovalTest {

    @Test
    void orderPassingEveryRuleIsApprovedAutomatically() {
        String sku = newSku();
        // One unit in each of two warehouses: only their sum covers the two ordered.
        catalogued(sku, "12.50", 1);
        OrderReceived order = anOrder().line(sku, 2, "12.50").build();

        deliverOrder(order);

        OrderApproved approved =
                awaitEvents(Events.ORDER_APPROVED, order.orderId(), 1).get(0);
        assertThat(approved.automatic()).isTrue();
        assertThat(approved.approvedBy()).isEqualTo("auto");
        assertThat(approved.revision()).isEqualTo(1);
        assertThat(approved.lines()).containsExactly(new LineQuantity(sku, 2));
        assertThat(approved.requestedShipDate()).isEqualTo(OrderBuilder.SHIP_DATE);
        review(approved.reviewId().toString())
                .body("status", equalTo("AUTO_APPROVED"))
                .body("orderId", equalTo(order.orderId().toString()))
                .body("decidedBy", equalTo("auto"))
                .body(
                        "rules.rule",
                        contains(
                                "stock-sufficient",
                                "price-matches-catalogue",
                                "payment-complete",
                                "address-complete",
                                "high-order-value",
                                "unusual-quantity",
                                "blacklisted-customer",
                                "suspected-duplicate",
                                "contact-usable",
                                "sku-mapped",
                                "currency-settled",
                                "platform-totals",
                                "platform-status"))
                .body("rules.passed", everyItem(equalTo(true)))
                .body("lines[0].sku", equalTo(sku));
    }

    @Test
    void notEnoughStockHoldsTheOrderForAPerson() {
        String sku = newSku();
        catalogued(sku, "4.00", 1);
        OrderReceived order = anOrder().line(sku, 3, "4.00").build();

        deliverOrder(order);

        OrderHeld held = awaitEvents(Events.ORDER_HELD, order.orderId(), 1).get(0);
        assertThat(held.failedRules()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("stock-sufficient");
            assertThat(f.explanation()).contains(sku + ": 3 ordered, only 2 available");
        });
        review(held.reviewId().toString())
                .body("status", equalTo("PENDING"))
                .body(
                        "rules.passed",
                        contains(false, true, true, true, true, true, true, true, true, true, true, true, true))
                .body("rules[0].explanation", containsString("only 2 available"));
        assertThat(TestKafka.records(
                        Events.ORDER_APPROVED.topic(),
                        r -> order.orderId().toString().equals(r.key())))
                .isEmpty();
    }

    @Test
    void anOlderCatalogueOrStockEntryNeverOverwritesANewerOne() {
        String sku = newSku();
        Instant newer = Instant.now();
        deliverProduct(sku, "10.00", newer);
        deliverStock("LIS", sku, 5, newer);

        deliverProduct(sku, "8.00", newer.minusSeconds(3600));
        deliverStock("LIS", sku, 50, newer.minusSeconds(3600));

        assertThat(catalogProduct(sku).unitPrice).isEqualByComparingTo("10.00");
        WarehouseStock stock = Db.read(() ->
                Panache.getSession().chain(s -> s.find(WarehouseStock.class, new WarehouseStock.Key("LIS", sku))));
        assertThat(stock.available).isEqualTo(5);
    }
}
