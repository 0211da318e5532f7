package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.OrderAmended;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.SkuSource;
import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A customer's change of an order in progress (R-I10), applied by the order itself: plain tests, no service. */
class AmendmentRulesTest {
    static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    static final OrderReceived.Address PORTO =
            new OrderReceived.Address("Rita Sousa", "Rua das Flores 12", null, "Porto", null, "4050-262", "PT");

    static Order order(OrderStatus status) {
        Order order = new Order();
        order.id = UUID.randomUUID();
        order.orderNumber = "SO-7";
        order.revision = 2;
        order.status = status;
        order.addLine("MUG", "Mug", "blue", 2, new BigDecimal("5.00"));
        order.addLine("TEA", "Tea", null, 1, new BigDecimal("7.50"), new BigDecimal("1.50"));
        return order;
    }

    static Product product(String sku, String price, boolean active) {
        Product p = new Product();
        p.sku = sku;
        p.name = "Product " + sku;
        p.specification = "spec " + sku;
        p.unitPrice = new BigDecimal(price);
        p.active = active;
        return p;
    }

    static Amendment lines(Amendment.LineChange... changes) {
        return new Amendment("customer called", null, null, List.of(changes));
    }

    @Test
    void aNewAddressIsTheOrdersAndTheEventsWithTheAddressMaskedInTheRecord() {
        Order order = order(OrderStatus.PICKED);

        Amendment.Applied applied =
                order.amend(new Amendment("moved", PORTO, null, null), Map.of(), "customer-service", AT);

        assertThat(order.shipTo.city).isEqualTo("Porto");
        assertThat(order.shipTo.line1).isEqualTo("Rua das Flores 12");
        OrderAmended event = applied.event();
        assertThat(event.changed()).containsExactly("shippingAddress");
        assertThat(event.shippingAddress()).isEqualTo(PORTO);
        assertThat(event.lines()).isEmpty();
        assertThat(event.totalAmount()).as("no line changed").isNull();
        assertThat(event.orderId()).isEqualTo(order.id);
        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.amendedBy()).isEqualTo("customer-service");
        assertThat(event.amendedAt()).isEqualTo(AT);
        assertThat(applied.amendment().id).isEqualTo(event.amendmentId());
        assertThat(applied.amendment().changed).isEqualTo("shippingAddress");
        assertThat(applied.amendment().reason).isEqualTo("moved");
        assertThat(applied.details().get("shippingAddress").toString())
                .endsWith(", Porto")
                .doesNotContain("Flores");
    }

    @Test
    void aNewContactKeepsItsHashesAndLeavesWhatWasNotGiven() {
        Order order = order(OrderStatus.APPROVED);
        order.customer.email = "old@example.org";
        order.customer.emailHash = "old-hash";

        Amendment.Applied applied = order.amend(
                new Amendment("new phone", null, new Amendment.Contact("+351 912 000 111", null, "p-hash", null), null),
                Map.of(),
                "customer-service",
                AT);

        assertThat(order.customer.phone).isEqualTo("+351 912 000 111");
        assertThat(order.customer.phoneHash).isEqualTo("p-hash");
        assertThat(order.customer.email).isEqualTo("old@example.org");
        assertThat(order.customer.emailHash).isEqualTo("old-hash");
        assertThat(applied.event().contact()).isEqualTo(new OrderAmended.Contact("+351 912 000 111", null));
        assertThat(applied.details().get("contact").toString()).doesNotContain("912 000 111");
    }

    @Test
    void addressAndContactChangeUntilTheOrderShipsLinesUntilItIsPicked() {
        assertThatThrownBy(() ->
                        order(OrderStatus.SHIPPED).amend(new Amendment("moved", PORTO, null, null), Map.of(), "cs", AT))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(r.code()).isEqualTo("amendment-refused");
                })
                .hasMessageStartingWith("SHIPPED");
        assertThatThrownBy(() -> order(OrderStatus.PICKED)
                        .amend(lines(new Amendment.LineChange(1, null, null, 3)), Map.of(), "cs", AT))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("PICKED");
        Order approved = order(OrderStatus.APPROVED);
        approved.amend(lines(new Amendment.LineChange(1, null, null, 3)), Map.of(), "cs", AT);
        assertThat(approved.lines.get(0).quantity).isEqualTo(3);
    }

    @Test
    void aNewSkuTakesTheCataloguesNameAndPriceAndTheTotalFollows() {
        Order order = order(OrderStatus.APPROVED);

        Amendment.Applied applied = order.amend(
                lines(new Amendment.LineChange(1, "CUP", null, null)),
                Map.of("CUP", product("CUP", "4.00", true)),
                "cs",
                AT);

        OrderLine line = order.lines.get(0);
        assertThat(line.sku).isEqualTo("CUP");
        assertThat(line.productName).isEqualTo("Product CUP");
        assertThat(line.unitPrice).isEqualByComparingTo("4.00");
        assertThat(line.specification).isEqualTo("spec CUP");
        assertThat(order.totalAmount).isEqualByComparingTo("14.00"); // 2 x 4.00 + 7.50 - 1.50
        assertThat(applied.event().totalAmount()).isEqualByComparingTo("14.00");
        assertThat(applied.event().lines())
                .containsExactly(new OrderAmended.LineChange(
                        1, "CUP", "Product CUP", "spec CUP", 2, new BigDecimal("4.00"), "MUG", 2));
        assertThat(applied.amendment().changed).isEqualTo("lines");
    }

    @Test
    void aSkuOutsideTheActiveCatalogueIsRefusedNamingTheField() {
        assertThatThrownBy(() -> order(OrderStatus.APPROVED)
                        .amend(
                                lines(
                                        new Amendment.LineChange(1, null, null, 1),
                                        new Amendment.LineChange(2, "OLD", null, null)),
                                Map.of("OLD", product("OLD", "1.00", false)),
                                "cs",
                                AT))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("unknown-sku"))
                .hasMessage("lines[1].sku: OLD is not an active catalogue product");
        assertThatThrownBy(() -> order(OrderStatus.APPROVED)
                        .amend(lines(new Amendment.LineChange(9, null, null, 1)), Map.of(), "cs", AT))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE))
                .hasMessage("lines[0].lineNo: order SO-7 has no line 9");
    }

    @Test
    void anUnmappedPlatformLineIsMappedAtThePlatformsPrice() {
        Order order = order(OrderStatus.RECEIVED);
        OrderLine line = order.lines.get(0);
        line.skuSource = SkuSource.UNMAPPED;

        order.amend(
                lines(new Amendment.LineChange(1, "CUP", null, null)),
                Map.of("CUP", product("CUP", "99.00", true)),
                "cs",
                AT);

        assertThat(line.sku).isEqualTo("CUP");
        assertThat(line.unitPrice).isEqualByComparingTo("5.00");
        assertThat(line.productName).isEqualTo("Mug");
        assertThat(line.skuSource).isEqualTo(SkuSource.CLERK);
    }

    @Test
    void quantityZeroRemovesALineButNeverTheLastOne() {
        Order order = order(OrderStatus.APPROVED);

        Amendment.Applied applied = order.amend(lines(new Amendment.LineChange(2, null, null, 0)), Map.of(), "cs", AT);

        assertThat(applied.removed()).extracting(l -> l.sku).containsExactly("TEA");
        assertThat(order.lines).extracting(l -> l.sku).containsExactly("MUG");
        assertThat(order.totalAmount).isEqualByComparingTo("10.00");

        assertThatThrownBy(() -> order(OrderStatus.APPROVED)
                        .amend(
                                lines(
                                        new Amendment.LineChange(1, null, null, 0),
                                        new Amendment.LineChange(2, null, null, 0)),
                                Map.of(),
                                "cs",
                                AT))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("lines[1].quantity: 0 would remove the order's last line");
    }

    @Test
    void aQuantityWhoseLineDiscountWouldExceedItsPriceIsRefused() {
        Order order = order(OrderStatus.APPROVED);
        order.lines.get(1).discount = new BigDecimal("10.00");

        assertThatThrownBy(() -> order.amend(lines(new Amendment.LineChange(2, null, null, 1)), Map.of(), "cs", AT))
                .isInstanceOf(Refusal.class)
                .hasMessage("lines[0].quantity: the line's discount 10.00 would exceed its new price");
    }

    @Test
    void aSpecificationIsTrimmedAndABlankOneClearsIt() {
        Order order = order(OrderStatus.APPROVED);

        order.amend(
                lines(
                        new Amendment.LineChange(1, null, "  green ", null),
                        new Amendment.LineChange(2, null, " ", null)),
                Map.of(),
                "cs",
                AT);

        assertThat(order.lines.get(0).specification).isEqualTo("green");
        assertThat(order.lines.get(1).specification).isNull();
    }

    @Test
    void linesAddingUpBeyondWhatAnOrderCanHoldAreRefused() {
        Order order = order(OrderStatus.APPROVED);

        assertThatThrownBy(() -> order.amend(
                        lines(new Amendment.LineChange(1, "GOLD", null, 2)),
                        Map.of("GOLD", product("GOLD", "9999999999.00", true)),
                        "cs",
                        AT))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("amount-too-large"));
    }
}
