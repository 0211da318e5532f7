package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.command.StorefrontOrderRequest;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.Product;
import com.smartstore.oms.intake.repository.ProductRepository;
import com.smartstore.oms.kit.domain.Refusal;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Customer self-service orders (R-I1), priced from the catalogue so the page cannot set its own prices. */
@ApplicationScoped
public class StorefrontOrders {
    private final ProductRepository products;
    private final OrderService orders;

    public StorefrontOrders(ProductRepository products, OrderService orders) {
        this.products = products;
        this.orders = orders;
    }

    /** 422 naming the first line whose SKU is unknown or no longer sold; otherwise stored as a STOREFRONT order. */
    @WithTransaction
    public Uni<Order> place(StorefrontOrderRequest request, Actor by) {
        List<String> skus = request.lines().stream()
                .map(StorefrontOrderRequest.Line::sku)
                .distinct()
                .toList();
        return products.list("sku in ?1", skus)
                .map(found -> found.stream().collect(Collectors.toMap(p -> p.sku, Function.identity())))
                .chain(catalog -> orders.store(priced(request, catalog), by, null));
    }

    private static CreateOrderRequest priced(StorefrontOrderRequest request, Map<String, Product> catalog) {
        List<CreateOrderRequest.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < request.lines().size(); i++) {
            var line = request.lines().get(i);
            Product product = catalog.get(line.sku());
            if (product == null || !product.active) {
                throw Refusal.unprocessable(
                        "unknown-sku",
                        "lines[" + i + "].sku: " + line.sku()
                                + (product == null ? " is not in the catalogue" : " is no longer sold"));
            }
            lines.add(new CreateOrderRequest.Line(
                    product.sku, product.name, product.specification, line.quantity(), product.unitPrice));
            total = total.add(product.unitPrice.multiply(BigDecimal.valueOf(line.quantity())));
        }
        var pay = request.payment();
        if ((pay.method() == PaymentMethod.INSTALMENTS) != (pay.instalments() != null)) {
            throw Refusal.invalid(
                    "invalid-payment",
                    "payment.instalments: give the number of instalments for INSTALMENTS, and only then");
        }
        var plan = pay.instalments() == null
                ? null
                : new CreateOrderRequest.Instalments(
                        pay.instalments(), total.divide(BigDecimal.valueOf(pay.instalments()), 2, RoundingMode.UP));
        return new CreateOrderRequest(
                request.customer(),
                request.shippingAddress(),
                lines,
                request.remarks(),
                new CreateOrderRequest.Payment(pay.method(), total, pay.paidAt(), plan),
                SalesChannel.STOREFRONT,
                null,
                null);
    }
}
