package com.smartstore.oms.intake.mapping;

import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.domain.PlatformDetails;
import java.util.List;

/**
 * A platform's order mapped onto ours, with the platform's own order id, what the platform says beyond an order
 * request, and what could not be mapped. With problems, {@code order} is the order as far as it could be mapped
 * (fields that could not be read are null): the draft a clerk completes.
 *
 * @param externalOrderId the platform's order id; null when the body has none
 */
public record PlatformOrder(
        String externalOrderId, CreateOrderRequest order, PlatformDetails details, List<String> problems) {

    public PlatformOrder {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** An order without platform details and without problems (the generic format). */
    public PlatformOrder(String externalOrderId, CreateOrderRequest order) {
        this(externalOrderId, order, null, List.of());
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** The same order with more problems (e.g. from validating the mapped order). */
    public PlatformOrder withProblems(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new PlatformOrder(externalOrderId, order, details, all);
    }

    /** The same order with other content (e.g. with its SKUs resolved). */
    public PlatformOrder with(CreateOrderRequest resolved, PlatformDetails resolvedDetails) {
        return new PlatformOrder(externalOrderId, resolved, resolvedDetails, problems);
    }
}
