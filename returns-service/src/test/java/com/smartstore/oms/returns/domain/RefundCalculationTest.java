package com.smartstore.oms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.kit.domain.Refusal;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The refund arithmetic (R-X4..R-X6): paid prices, prorated discounts, fee and shipping, rounded once. */
class RefundCalculationTest {
    private static BigDecimal $(String amount) {
        return new BigDecimal(amount);
    }

    // Shirts 3 x 20.00 with 6.00 off the line (54.00 net), a mug 1 x 46.00 (46.00): 100.00 net; 10.00 off the order,
    // 5.00 shipping.
    private static final RefundCalculation.PaidOrder ORDER = new RefundCalculation.PaidOrder(
            List.of(
                    new RefundCalculation.PaidLine("SHIRT", 3, $("20.00"), $("6.00")),
                    new RefundCalculation.PaidLine("MUG", 1, $("46.00"), null)),
            $("10.00"),
            $("5.00"),
            "EUR");

    @Test
    void aReturnedUnitRefundsItsPriceLessItsShareOfTheLineAndOrderDiscounts() {
        var refund = RefundCalculation.of(ORDER, Map.of("SHIRT", 1), BigDecimal.ZERO, false);
        // 54.00 / 3 = 18.00 for the unit, less 10.00 x 18/100 = 1.80 of the order's discount.
        assertThat(refund.lines()).containsExactly(new RefundCalculation.Line("SHIRT", 1, $("16.20")));
        assertThat(refund.goods()).isEqualTo($("16.20"));
        assertThat(refund.restockingFee()).isEqualTo($("0.00"));
        assertThat(refund.shipping()).isEqualTo($("0.00"));
        assertThat(refund.total()).isEqualTo($("16.20"));
        assertThat(refund.currency()).isEqualTo("EUR");
    }

    @Test
    void everythingReturnedRefundsWhatWasPaidWithShippingWhenThePolicySaysSo() {
        Map<String, Integer> all = new LinkedHashMap<>();
        all.put("SHIRT", 3);
        all.put("MUG", 1);
        var refund = RefundCalculation.of(ORDER, all, BigDecimal.ZERO, true);
        assertThat(refund.lines())
                .containsExactly(
                        new RefundCalculation.Line("SHIRT", 3, $("48.60")),
                        new RefundCalculation.Line("MUG", 1, $("41.40")));
        assertThat(refund.goods()).isEqualTo($("90.00"));
        assertThat(refund.shipping()).isEqualTo($("5.00"));
        assertThat(refund.total()).isEqualTo($("95.00"));
    }

    @Test
    void theRestockingFeeIsAPercentOfTheGoodsRoundedHalfUpOnce() {
        // Thirds: 10.00 / 3 a unit; two units 6.666..., fee 12.5 % = 0.8333... -> 0.83; goods 6.67.
        var order = new RefundCalculation.PaidOrder(
                List.of(new RefundCalculation.PaidLine("PEN", 3, $("3.34"), $("0.02"))), null, null, "EUR");
        var refund = RefundCalculation.of(order, Map.of("PEN", 2), $("12.5"), false);
        assertThat(refund.goods()).isEqualTo($("6.67"));
        assertThat(refund.restockingFee()).isEqualTo($("0.83"));
        assertThat(refund.total()).isEqualTo($("5.84"));
    }

    @Test
    void aSkuOnTwoLinesTakesItsUnitsFromTheFirstLineFirst() {
        var order = new RefundCalculation.PaidOrder(
                List.of(
                        new RefundCalculation.PaidLine("CUP", 1, $("10.00"), null),
                        new RefundCalculation.PaidLine("CUP", 2, $("8.00"), $("2.00"))),
                null,
                null,
                "EUR");
        assertThat(RefundCalculation.of(order, Map.of("CUP", 2), BigDecimal.ZERO, false)
                        .total())
                .isEqualTo($("17.00"));
        assertThatThrownBy(() -> RefundCalculation.of(order, Map.of("CUP", 4), BigDecimal.ZERO, false))
                .isInstanceOf(Refusal.class)
                .hasMessage("line CUP: 4 to refund, but the order paid for only 3");
        assertThatThrownBy(() -> RefundCalculation.of(order, Map.of("TEA", 1), BigDecimal.ZERO, false))
                .hasMessage("line TEA: 1 to refund, but the order paid for only 0");
    }

    @Test
    void theMinorUnitIsTheCurrencysAndTheTotalNeverNegative() {
        var yen = new RefundCalculation.PaidOrder(
                List.of(new RefundCalculation.PaidLine("TEA", 3, $("1000"), $("1"))), null, null, "JPY");
        var refund = RefundCalculation.of(yen, Map.of("TEA", 1), $("100"), false);
        assertThat(refund.goods()).isEqualTo($("1000"));
        assertThat(refund.restockingFee()).isEqualTo($("1000"));
        assertThat(refund.total()).isEqualTo($("0"));
        assertThat(RefundCalculation.scale("TWD")).isEqualTo(2);
        assertThat(RefundCalculation.scale("XXY")).isEqualTo(2);
        var free = new RefundCalculation.PaidOrder(
                List.of(new RefundCalculation.PaidLine("GIFT", 1, $("0.00"), null)), $("0.00"), null, "EUR");
        assertThat(RefundCalculation.of(free, Map.of("GIFT", 1), BigDecimal.ZERO, true)
                        .total())
                .isEqualTo($("0.00"));
        assertThatThrownBy(() -> new RefundCalculation.PaidLine("X", 0, $("1"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
