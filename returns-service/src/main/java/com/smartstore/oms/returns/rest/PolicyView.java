package com.smartstore.oms.returns.rest;

import com.smartstore.oms.returns.config.ReturnsConfig;
import com.smartstore.oms.returns.domain.PolicyText;
import com.smartstore.oms.returns.domain.ReturnPolicy;
import com.smartstore.oms.returns.domain.ReturnReason;
import com.smartstore.oms.returns.domain.ShippingPayer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The published return policy (R-X1) in one language, as shops show it. */
public record PolicyView(
        String version,
        String language,
        int windowDays,
        int assumedTransitDays,
        List<String> nonReturnableCategories,
        List<ReturnShipping> returnShipping,
        BigDecimal restockingFeePercent,
        Warehouse returnTo,
        List<String> conditions) {

    /** Who pays the return shipping for one reason, and the reason as customers read it. */
    public record ReturnShipping(ReturnReason reason, String label, ShippingPayer paidBy) {}

    /** Where returned goods are sent. */
    public record Warehouse(String code, String address) {}

    public static PolicyView of(ReturnsConfig config, String language) {
        ReturnPolicy policy = config.policy();
        boolean zh = PolicyText.ZH_TW.equals(language);
        return new PolicyView(
                policy.version(),
                language,
                policy.windowDays(),
                policy.transitDays(),
                policy.nonReturnableCategories().stream().sorted().toList(),
                Arrays.stream(ReturnReason.values())
                        .map(r -> new ReturnShipping(r, PolicyText.reason(r, zh), policy.shippingPaidBy(r)))
                        .toList(),
                policy.restockingFeePercent(),
                new Warehouse(config.warehouse().code(), config.warehouse().address()),
                PolicyText.conditions(policy, language));
    }
}
