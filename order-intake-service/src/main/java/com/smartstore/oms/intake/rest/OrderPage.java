package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.kit.persistence.Page;
import java.util.List;

/** One page of a search: the orders (without lines and history), the page asked for, and the total found. */
public record OrderPage(List<OrderView> items, int page, int size, long total) {

    static OrderPage of(Page<Order> found, boolean personalData) {
        return new OrderPage(
                found.items().stream()
                        .map(o -> OrderView.summary(o, personalData))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }
}
