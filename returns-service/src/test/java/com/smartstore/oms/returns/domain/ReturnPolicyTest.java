package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The return policy's check (R-X1, R-X2), without Quarkus. */
class ReturnPolicyTest {
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-000000000042");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final ReturnPolicy POLICY = new ReturnPolicy(
            "v1", 7, 3, TAIPEI, Set.of(" Underwear "), Set.of(ReturnReason.CHANGED_MIND), new BigDecimal("10"));
    // Delivered on 1 December 2026 at 15:00 in Taipei: day 7 of the window is 8 December.
    private static final Instant DELIVERED = Instant.parse("2026-12-01T07:00:00Z");
    private static final Instant SHIPPED = Instant.parse("2026-11-29T02:00:00Z");

    private static OrderGoods delivered(OrderGoods.Goods... goods) {
        return goods(List.of(new OrderGoods.Parcel(SHIPPED, DELIVERED)), goods);
    }

    private static OrderGoods goods(List<OrderGoods.Parcel> parcels, OrderGoods.Goods... goods) {
        return new OrderGoods(
                ORDER,
                parcels,
                java.util.Arrays.stream(goods)
                        .collect(java.util.stream.Collectors.toMap(OrderGoods.Goods::sku, g -> g)));
    }

    private static OrderGoods.Goods shirt(int shipped, int returned) {
        return new OrderGoods.Goods("SHIRT", "apparel", shipped, returned);
    }

    @Test
    void theLastDayOfTheWindowIsDayNInTheStoresTimeZone() {
        Instant lastMinuteOfDay7 = Instant.parse("2026-12-08T15:59:59Z"); // 23:59:59 in Taipei
        Eligibility e = POLICY.check(delivered(shirt(2, 0)), List.of(new LineQuantity("SHIRT", 1)), lastMinuteOfDay7);

        assertThat(e.eligible()).isTrue();
        assertThat(e.reasons()).isEmpty();
        assertThat(e.deadline()).isEqualTo(Instant.parse("2026-12-08T16:00:00Z"));
        assertThat(e.deliveredAt()).isEqualTo(DELIVERED);
        assertThat(e.deliveryConfirmed()).isTrue();
        assertThat(e.lines()).containsExactly(new LineQuantity("SHIRT", 1));
        assertThat(e.policyVersion()).isEqualTo("v1");
    }

    @Test
    void dayNPlusOneIsTooLateAndRefusedWith409() {
        Instant day8 = Instant.parse("2026-12-08T16:00:00Z"); // 00:00 of 9 December in Taipei
        Eligibility e = POLICY.check(delivered(shirt(2, 0)), List.of(new LineQuantity("SHIRT", 1)), day8);

        assertThat(e.eligible()).isFalse();
        assertThat(e.reasons()).extracting(Eligibility.Problem::code).containsExactly("window-closed");
        assertThat(e.reasons().get(0).message())
                .isEqualTo("the return window of order " + ORDER
                        + " closed at 2026-12-08T16:00:00Z (7 days from delivery on 2026-12-01)");
        Refusal refusal = e.refusal();
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.code()).isEqualTo("window-closed");
    }

    @Test
    void withoutADeliveryTheWindowCountsFromShipTimePlusTransitDays() {
        OrderGoods goods = goods(List.of(new OrderGoods.Parcel(SHIPPED, null)), shirt(1, 0));
        // Shipped 29 November 10:00 Taipei + 3 days = 2 December; day 7 is 9 December.
        Eligibility lastDay = POLICY.check(goods, List.of(), Instant.parse("2026-12-09T15:59:00Z"));
        Eligibility tooLate = POLICY.check(goods, List.of(), Instant.parse("2026-12-09T16:00:00Z"));

        assertThat(lastDay.eligible()).isTrue();
        assertThat(lastDay.deliveryConfirmed()).isFalse();
        assertThat(lastDay.deliveredAt()).isEqualTo(Instant.parse("2026-12-02T02:00:00Z"));
        assertThat(tooLate.eligible()).isFalse();
        assertThat(tooLate.reasons().get(0).message()).contains("from the assumed delivery on 2026-12-02");
    }

    @Test
    void theLatestParcelsDeliveryCountsAndAnUnconfirmedOneMakesItAssumed() {
        OrderGoods goods = goods(
                List.of(
                        new OrderGoods.Parcel(SHIPPED, DELIVERED),
                        new OrderGoods.Parcel(Instant.parse("2026-12-03T00:00:00Z"), null)),
                shirt(1, 0));
        assertThat(POLICY.deliveredAt(goods)).isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
        assertThat(POLICY.check(goods, List.of(), DELIVERED).deliveryConfirmed())
                .isFalse();
    }

    @Test
    void aNonReturnableCategoryIsRefusedNamingTheLineWith422() {
        OrderGoods goods = delivered(shirt(1, 0), new OrderGoods.Goods("BRIEFS", "UNDERWEAR", 2, 0));
        Eligibility e =
                POLICY.check(goods, List.of(new LineQuantity("SHIRT", 1), new LineQuantity("BRIEFS", 1)), DELIVERED);

        assertThat(e.eligible()).isFalse();
        assertThat(e.reasons())
                .containsExactly(new Eligibility.Problem(
                        "category-not-returnable", "BRIEFS", "line BRIEFS: category UNDERWEAR cannot be returned"));
        assertThat(e.refusal().kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
        assertThat(POLICY.returnable(null)).isTrue();
        assertThat(POLICY.returnable("underwear")).isFalse();
    }

    @Test
    void aQuantityBeyondShippedMinusAlreadyReturnedIsRefusedSummedPerSku() {
        Eligibility e = POLICY.check(
                delivered(shirt(3, 1)), List.of(new LineQuantity("SHIRT", 1), new LineQuantity("SHIRT", 2)), DELIVERED);

        assertThat(e.eligible()).isFalse();
        assertThat(e.reasons())
                .containsExactly(new Eligibility.Problem(
                        "quantity-exceeds-returnable",
                        "SHIRT",
                        "line SHIRT: 3 asked for, but only 2 of the 3 shipped can still be returned"
                                + " (1 already on return tickets)"));
        assertThat(POLICY.check(delivered(shirt(3, 1)), List.of(new LineQuantity("SHIRT", 2)), DELIVERED)
                        .eligible())
                .isTrue();
    }

    @Test
    void aSkuThatWasNotShippedIsRefused() {
        Eligibility e = POLICY.check(delivered(shirt(1, 0)), List.of(new LineQuantity("MUG", 1)), DELIVERED);
        assertThat(e.reasons())
                .extracting(Eligibility.Problem::code, Eligibility.Problem::sku)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sku-not-shipped", "MUG"));
    }

    @Test
    void noLinesMeansEveryReturnableSkuAndNothingLeftIsRefused() {
        OrderGoods goods = delivered(
                shirt(3, 1),
                new OrderGoods.Goods("BRIEFS", "underwear", 1, 0),
                new OrderGoods.Goods("MUG", null, 1, 1));
        assertThat(POLICY.check(goods, List.of(), DELIVERED).lines()).containsExactly(new LineQuantity("SHIRT", 2));

        Eligibility nothing = POLICY.check(delivered(shirt(1, 1)), List.of(), DELIVERED);
        assertThat(nothing.eligible()).isFalse();
        assertThat(nothing.reasons()).extracting(Eligibility.Problem::code).containsExactly("nothing-returnable");
    }

    @Test
    void anOrderThatWasNeverShippedIsRefused() {
        Eligibility e = POLICY.check(goods(List.of()), List.of(), DELIVERED);
        assertThat(e.eligible()).isFalse();
        assertThat(e.deadline()).isNull();
        assertThatThrownBy(() -> {
                    throw e.refusal();
                })
                .hasMessage(
                        "order " + ORDER + " has not been shipped; a return can be requested only for a shipped order");
    }

    @Test
    void anEligibleAnswerIsNeverARefusal() {
        Eligibility e = POLICY.check(delivered(shirt(1, 0)), List.of(), DELIVERED);
        assertThatThrownBy(e::refusal).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shippingAndTheRestockingFeeArePaidPerReason() {
        assertThat(POLICY.shippingPaidBy(ReturnReason.CHANGED_MIND)).isEqualTo(ShippingPayer.CUSTOMER);
        assertThat(POLICY.shippingPaidBy(ReturnReason.QUALITY)).isEqualTo(ShippingPayer.STORE);
        assertThat(POLICY.restockingFeePercent(ReturnReason.CHANGED_MIND)).isEqualByComparingTo("10");
        assertThat(POLICY.restockingFeePercent(ReturnReason.WRONG_ITEM)).isEqualByComparingTo("0");
        assertThat(POLICY.nonReturnableCategories()).containsExactly("underwear");
        assertThatThrownBy(() -> new ReturnPolicy("v", 7, 3, TAIPEI, Set.of(), Set.of(), new BigDecimal("101")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReturnPolicy("v", -1, 3, TAIPEI, Set.of(), Set.of(), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextIsInTraditionalChineseOrEnglish() {
        assertThat(PolicyText.language("zh-TW", null)).isEqualTo("zh-TW");
        assertThat(PolicyText.language(null, "fr;q=0.9, zh-Hant-TW;q=0.8, en;q=0.5"))
                .isEqualTo("zh-TW");
        assertThat(PolicyText.language(null, "en-GB,zh;q=0.5")).isEqualTo("en");
        assertThat(PolicyText.language(" ", "de")).isEqualTo("en");
        assertThat(PolicyText.language(null, null)).isEqualTo("en");

        assertThat(PolicyText.conditions(POLICY, "zh-TW"))
                .first()
                .asString()
                .contains("7 天內")
                .contains("出貨後 3 天");
        assertThat(String.join(" ", PolicyText.conditions(POLICY, "zh-TW")))
                .contains("underwear")
                .contains("不想要了")
                .contains("10%");
        assertThat(String.join(" ", PolicyText.conditions(POLICY, "en")))
                .contains("up to 7 days after delivery")
                .contains("Not returnable: underwear.")
                .contains("The customer pays the return shipping for: changed mind")
                .contains("10 % restocking fee");
        assertThat(Map.of("x", PolicyText.reason(ReturnReason.QUALITY, false))).containsValue("quality problem");
    }
}
