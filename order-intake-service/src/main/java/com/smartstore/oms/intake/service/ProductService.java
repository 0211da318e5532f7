package com.smartstore.oms.intake.service;

import com.smartstore.oms.intake.command.ProductRequest;
import com.smartstore.oms.intake.config.IntakeConfig;
import com.smartstore.oms.intake.domain.Product;
import com.smartstore.oms.intake.repository.ProductRepository;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;

/** Catalogue changes; each one is published on {@code product-catalog} in the same transaction. */
@ApplicationScoped
public class ProductService {
    private final ProductRepository products;
    private final Outbox outbox;
    private final IntakeConfig config;
    private final Clock clock;

    public ProductService(ProductRepository products, Outbox outbox, IntakeConfig config, Clock clock) {
        this.products = products;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Product> create(ProductRequest request, String user) {
        return products.findById(request.sku()).chain(existing -> {
            if (existing != null) {
                throw Refusal.conflict(
                        "product-exists",
                        "Product " + request.sku() + " exists already; change it with PUT /api/products/"
                                + request.sku());
            }
            Product product = new Product();
            product.sku = request.sku();
            return save(product, request, user);
        });
    }

    /**
     * Changes a product if nobody changed it since the version the edit is based on; 409 {@code stale-product} with
     * the current version otherwise. The row is locked before the version is compared, so of two concurrent edits
     * of the same version the second sees the first's version and is refused.
     */
    @WithTransaction
    public Uni<Product> update(String sku, ProductRequest request, String user) {
        if (!sku.equals(request.sku())) {
            return Uni.createFrom()
                    .failure(Refusal.invalid(
                            "sku-mismatch", "The body's sku " + request.sku() + " differs from the path's " + sku));
        }
        if (request.version() == null) {
            return Uni.createFrom()
                    .failure(Refusal.invalid(
                            "missing-version",
                            "version: give the version of the product your change is based on (GET /api/products/" + sku
                                    + " shows it)"));
        }
        return products.findById(sku, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Product", sku))
                .chain(product -> {
                    product.staleEdit(request.version()).ifPresent(stale -> {
                        throw Refusal.conflict("stale-product", stale);
                    });
                    return save(product, request, user);
                });
    }

    private Uni<Product> save(Product product, ProductRequest request, String user) {
        product.name = request.name();
        product.specification = request.specification();
        product.category = request.category();
        product.unitPrice = request.unitPrice();
        product.currency = config.currency();
        product.active = request.active() == null || request.active();
        product.updatedAt = clock.instant();
        product.updatedBy = user;
        return products.persist(product).call(saved -> outbox.add(saved.toEvent()));
    }
}
