package com.smartstore.oms.intake.service;

import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.contracts.events.SkuSource;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.command.SkuMappingRequest;
import com.smartstore.oms.intake.domain.PlatformDetails;
import com.smartstore.oms.intake.domain.SkuMapping;
import com.smartstore.oms.intake.mapping.PlatformOrder;
import com.smartstore.oms.intake.repository.ConcurrentWrite;
import com.smartstore.oms.intake.repository.ProductRepository;
import com.smartstore.oms.intake.repository.SkuMappingRepository;
import com.smartstore.oms.kit.domain.Refusal;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The channels' SKU mappings (issue 10): staff maintain them, and platform lines that arrive without a SKU get theirs
 * from them; a line neither has nor maps is carried with a placeholder SKU ({@code shopify:variant:123}) and marked
 * UNMAPPED, for review to hold the order.
 */
@ApplicationScoped
public class SkuMappings {
    /** The channels whose products have ids a mapping can name. */
    static final Set<SalesChannel> PLATFORMS =
            Set.of(SalesChannel.SHOPIFY, SalesChannel.WOOCOMMERCE, SalesChannel.BIGCOMMERCE);

    private final SkuMappingRepository mappings;
    private final ProductRepository products;
    private final Clock clock;

    public SkuMappings(SkuMappingRepository mappings, ProductRepository products, Clock clock) {
        this.mappings = mappings;
        this.products = products;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<SkuMapping> create(SkuMappingRequest request, String user) {
        SkuMapping mapping = new SkuMapping();
        mapping.id = UUID.randomUUID();
        mapping.createdBy = user;
        mapping.createdAt = clock.instant();
        return save(mapping, request, user)
                .onFailure(ConcurrentWrite.unique(SkuMappingRepository.UNIQUE))
                .transform(duplicate -> alreadyMapped(request));
    }

    @WithTransaction
    public Uni<SkuMapping> update(UUID id, SkuMappingRequest request, String user) {
        return mappings.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("SKU mapping", id))
                .chain(mapping -> save(mapping, request, user))
                .onFailure(ConcurrentWrite.unique(SkuMappingRepository.UNIQUE))
                .transform(duplicate -> alreadyMapped(request));
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return mappings.deleteById(id)
                .invoke(deleted -> {
                    if (!deleted) {
                        throw Refusal.notFound("SKU mapping", id);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<SkuMapping> save(SkuMapping mapping, SkuMappingRequest request, String user) {
        if (!PLATFORMS.contains(request.channel())) {
            return Uni.createFrom()
                    .failure(Refusal.unprocessable(
                            "unsupported-channel",
                            "channel: SKU mappings are for platforms whose products have ids (" + PLATFORMS + "), not "
                                    + request.channel()));
        }
        String productId = request.productId().trim();
        String variantId = request.variantId() == null || request.variantId().isBlank()
                ? null
                : request.variantId().trim();
        return mappings.ofKey(request.channel(), productId, variantId)
                .invoke(other -> {
                    if (other != null && !other.id.equals(mapping.id)) {
                        throw alreadyMapped(request);
                    }
                })
                .chain(() -> products.findById(request.sku()))
                .chain(product -> {
                    if (product == null || !product.active) {
                        throw Refusal.unprocessable(
                                "unknown-sku", "sku: " + request.sku() + " is not an active catalogue product");
                    }
                    mapping.channel = request.channel();
                    mapping.productId = productId;
                    mapping.variantId = variantId;
                    mapping.sku = request.sku();
                    mapping.note = request.note();
                    mapping.updatedBy = user;
                    mapping.updatedAt = clock.instant();
                    return mappings.persistAndFlush(mapping);
                });
    }

    /**
     * Adds the channel's mapping of a product (and variant) unless it has one, in the caller's transaction: a clerk
     * who maps an order's line by hand asked for it to be remembered.
     */
    Uni<Void> remember(SalesChannel channel, String productId, String variantId, String sku, String user) {
        if (!PLATFORMS.contains(channel)) {
            return Uni.createFrom().voidItem();
        }
        return mappings.ofKey(channel, productId, variantId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            SkuMapping mapping = new SkuMapping();
            mapping.id = UUID.randomUUID();
            mapping.channel = channel;
            mapping.productId = productId;
            mapping.variantId = variantId;
            mapping.sku = sku;
            mapping.note = "remembered when " + user + " mapped an order's line";
            mapping.createdBy = user;
            mapping.createdAt = clock.instant();
            mapping.updatedBy = user;
            mapping.updatedAt = mapping.createdAt;
            return mappings.persist(mapping).replaceWithVoid();
        });
    }

    private static Refusal alreadyMapped(SkuMappingRequest request) {
        return Refusal.conflict(
                "already-mapped",
                request.channel() + " product " + request.productId()
                        + (request.variantId() == null ? "" : " variant " + request.variantId())
                        + " is mapped already; change that mapping (GET /api/sku-mappings?channel=" + request.channel()
                        + ") instead");
    }

    /**
     * The order with a SKU on every line: the platform's, else the channel's mapping of the line's variant, else of
     * its product, else a placeholder naming the platform's ids (UNMAPPED). Runs in the caller's transaction.
     */
    public Uni<PlatformOrder> resolve(SalesChannel channel, String source, PlatformOrder mapped) {
        CreateOrderRequest order = mapped.order();
        PlatformDetails details = mapped.details();
        if (order == null
                || order.lines() == null
                || details == null
                || details.lines().size() != order.lines().size()) {
            return Uni.createFrom().item(mapped);
        }
        List<String> products = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            if (order.lines().get(i).sku() == null && details.lines().get(i).productId() != null) {
                products.add(details.lines().get(i).productId());
            }
        }
        Uni<List<SkuMapping>> known = PLATFORMS.contains(channel) && !products.isEmpty()
                ? mappings.ofProducts(channel, products.stream().distinct().toList())
                : Uni.createFrom().item(List.of());
        return known.map(found -> {
            List<CreateOrderRequest.Line> lines = new ArrayList<>();
            List<PlatformDetails.Line> facts = new ArrayList<>();
            for (int i = 0; i < order.lines().size(); i++) {
                CreateOrderRequest.Line line = order.lines().get(i);
                PlatformDetails.Line fact = details.lines().get(i);
                if (line.sku() != null) {
                    lines.add(line);
                    facts.add(fact.withSkuSource(SkuSource.PLATFORM));
                    continue;
                }
                String sku = mappingOf(found, fact).map(m -> m.sku).orElse(null);
                lines.add(withSku(line, sku != null ? sku : placeholder(source, fact, i)));
                facts.add(fact.withSkuSource(sku != null ? SkuSource.MAPPING : SkuSource.UNMAPPED));
            }
            return mapped.with(
                    new CreateOrderRequest(
                            order.customer(),
                            order.shippingAddress(),
                            lines,
                            order.remarks(),
                            order.payment(),
                            order.channel(),
                            order.shippingLines(),
                            order.taxAmount()),
                    new PlatformDetails(details.currency(), details.platform(), facts));
        });
    }

    /** The mapping of the line's variant if there is one, else the product's own. */
    private static java.util.Optional<SkuMapping> mappingOf(List<SkuMapping> found, PlatformDetails.Line line) {
        if (line.productId() == null) {
            return java.util.Optional.empty();
        }
        return found.stream()
                .filter(m -> m.covers(line.productId(), line.variantId()))
                .min((a, b) -> Boolean.compare(a.variantId == null, b.variantId == null));
    }

    /** {@code shopify:variant:808950810}, else {@code :product:}, else {@code :line:} with the platform's line id. */
    static String placeholder(String source, PlatformDetails.Line line, int index) {
        String prefix = source.toLowerCase(Locale.ROOT) + ":";
        if (line.variantId() != null) {
            return prefix + "variant:" + line.variantId();
        }
        if (line.productId() != null) {
            return prefix + "product:" + line.productId();
        }
        return prefix + "line:" + Objects.requireNonNullElse(line.reference(), Integer.toString(index + 1));
    }

    private static CreateOrderRequest.Line withSku(CreateOrderRequest.Line line, String sku) {
        return new CreateOrderRequest.Line(
                sku, line.productName(), line.specification(), line.quantity(), line.unitPrice(), line.discount());
    }
}
