package com.smartstore.oms.returns.domain;

import com.smartstore.oms.contracts.events.LineQuantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The published return policy (R-X1), one version of it: the return window in calendar days from delivery, the
 * categories that cannot be returned, who pays the return shipping per reason, the restocking fee, and the check of a
 * return against it (R-X2). Built from configuration ({@code oms.returns.*}); plain Java.
 *
 * @param windowDays a return may be asked for up to the end of the day {@code windowDays} after delivery (in {@code
 *     zone}): delivered on the 1st with 7 days, the 8th is the last day
 * @param transitDays when no carrier confirmed a delivery, it is assumed this many days after the parcel left
 * @param nonReturnableCategories catalogue categories the policy never takes back, compared without case
 * @param customerPaysShippingFor reasons for which the customer pays the return shipping (their own choice); the store
 *     pays for the others (its fault)
 * @param restockingFeePercent of the refunded goods, for returns the customer pays shipping for only; 0 for none
 */
public record ReturnPolicy(
        String version,
        int windowDays,
        int transitDays,
        ZoneId zone,
        Set<String> nonReturnableCategories,
        Set<ReturnReason> customerPaysShippingFor,
        BigDecimal restockingFeePercent) {

    public ReturnPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(zone, "zone");
        if (windowDays < 0 || transitDays < 0) {
            throw new IllegalArgumentException("window and transit days must not be negative");
        }
        Set<String> categories = new TreeSet<>();
        nonReturnableCategories.forEach(c -> categories.add(c.trim().toLowerCase(Locale.ROOT)));
        nonReturnableCategories = Set.copyOf(categories);
        customerPaysShippingFor = Set.copyOf(customerPaysShippingFor);
        if (restockingFeePercent.signum() < 0 || restockingFeePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("restocking fee must be 0..100 %, was " + restockingFeePercent);
        }
    }

    /** Who pays the return shipping for a reason. */
    public ShippingPayer shippingPaidBy(ReturnReason reason) {
        return customerPaysShippingFor.contains(reason) ? ShippingPayer.CUSTOMER : ShippingPayer.STORE;
    }

    /** The restocking fee percent for a reason: the configured one when the customer pays, else 0. */
    public BigDecimal restockingFeePercent(ReturnReason reason) {
        return shippingPaidBy(reason) == ShippingPayer.CUSTOMER ? restockingFeePercent : BigDecimal.ZERO;
    }

    public boolean returnable(String category) {
        return category == null
                || !nonReturnableCategories.contains(category.trim().toLowerCase(Locale.ROOT));
    }

    /** When the order counts as delivered: the latest parcel's delivery, confirmed or assumed; null if none left. */
    public Instant deliveredAt(OrderGoods goods) {
        return goods.parcels().stream()
                .map(p -> p.deliveredAt() != null
                        ? p.deliveredAt()
                        : p.shippedAt().plus(Duration.ofDays(transitDays)))
                .max(Instant::compareTo)
                .orElse(null);
    }

    /** The start of the first day after the window: a request must come before it. */
    public Instant deadline(Instant deliveredAt) {
        return deliveredAt
                .atZone(zone)
                .toLocalDate()
                .plusDays(windowDays + 1L)
                .atStartOfDay(zone)
                .toInstant();
    }

    /**
     * Checks a return of {@code requested} goods (all returnable ones when empty) of an order at {@code now}: the order
     * was shipped, the window is open, and each line names a shipped SKU of a returnable category in a quantity not
     * beyond what was shipped minus what is already on tickets (the same SKU on two lines counts once, summed).
     */
    public Eligibility check(OrderGoods goods, List<LineQuantity> requested, Instant now) {
        List<Eligibility.Problem> problems = new ArrayList<>();
        if (goods.parcels().isEmpty()) {
            problems.add(new Eligibility.Problem(
                    "order-not-shipped",
                    null,
                    "order " + goods.orderId()
                            + " has not been shipped; a return can be requested only for a shipped order"));
            return new Eligibility(false, problems, requested, null, false, null, version);
        }
        Instant deliveredAt = deliveredAt(goods);
        boolean confirmed = goods.parcels().stream().allMatch(p -> p.deliveredAt() != null);
        Instant deadline = deadline(deliveredAt);
        if (!now.isBefore(deadline)) {
            problems.add(new Eligibility.Problem(
                    "window-closed",
                    null,
                    "the return window of order " + goods.orderId() + " closed at " + deadline + " (" + windowDays
                            + " days from " + (confirmed ? "delivery" : "the assumed delivery") + " on "
                            + deliveredAt.atZone(zone).toLocalDate() + ")"));
        }
        List<LineQuantity> lines = requested.isEmpty() ? everythingReturnable(goods) : requested;
        if (lines.isEmpty()) {
            problems.add(new Eligibility.Problem(
                    "nothing-returnable", null, "order " + goods.orderId() + " has nothing left that can be returned"));
        }
        Map<String, Integer> perSku = new LinkedHashMap<>();
        lines.forEach(l -> perSku.merge(l.sku(), l.quantity(), Integer::sum));
        perSku.forEach((sku, quantity) -> checkLine(goods, sku, quantity, problems));
        return new Eligibility(problems.isEmpty(), problems, lines, deliveredAt, confirmed, deadline, version);
    }

    private void checkLine(OrderGoods goods, String sku, int quantity, List<Eligibility.Problem> problems) {
        OrderGoods.Goods shipped = goods.skus().get(sku);
        if (shipped == null || shipped.shipped() == 0) {
            problems.add(new Eligibility.Problem(
                    "sku-not-shipped", sku, "line " + sku + ": order " + goods.orderId() + " shipped no " + sku));
        } else if (!returnable(shipped.category())) {
            problems.add(new Eligibility.Problem(
                    "category-not-returnable",
                    sku,
                    "line " + sku + ": category " + shipped.category() + " cannot be returned"));
        } else if (quantity > shipped.returnable()) {
            problems.add(new Eligibility.Problem(
                    "quantity-exceeds-returnable",
                    sku,
                    "line " + sku + ": " + quantity + " asked for, but only " + shipped.returnable() + " of the "
                            + shipped.shipped() + " shipped can still be returned (" + shipped.returned()
                            + " already on return tickets)"));
        }
    }

    private List<LineQuantity> everythingReturnable(OrderGoods goods) {
        return goods.skus().values().stream()
                .filter(g -> g.returnable() > 0 && returnable(g.category()))
                .sorted(java.util.Comparator.comparing(OrderGoods.Goods::sku))
                .map(g -> new LineQuantity(g.sku(), g.returnable()))
                .toList();
    }

    /**
     * Whether the policy covers returned goods after inspection (R-X4): never goods the customer damaged; resellable
     * goods always; faulty goods (repairable, defective) when the reason is the store's side (quality, transit damage,
     * wrong item, not as described), not when the customer returns them by their own choice.
     */
    public boolean coversAfterInspection(ReturnReason reason, ItemDisposition disposition) {
        return switch (disposition) {
            case DAMAGED_BY_CUSTOMER -> false;
            case RESELLABLE -> true;
            case REPAIRABLE, DEFECTIVE -> reason != ReturnReason.CHANGED_MIND && reason != ReturnReason.OTHER;
        };
    }
}
