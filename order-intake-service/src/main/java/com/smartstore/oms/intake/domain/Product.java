package com.smartstore.oms.intake.domain;

import com.smartstore.oms.contracts.events.ProductCatalogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A catalogue product, owned by intake and published on the compacted {@code product-catalog} topic. */
@Entity
public class Product {
    @Id
    public String sku;

    public String name;
    public String specification;
    public String category;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    public String currency;
    public boolean active;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** Incremented by every change; an edit names the version it was based on, so concurrent edits cannot both win. */
    @Version
    public long version;

    /** Why an edit based on {@code basedOn} would undo a change it has not seen, if it would. */
    public Optional<String> staleEdit(long basedOn) {
        return basedOn == version
                ? Optional.empty()
                : Optional.of("Product " + sku + " is at version " + version + ", your change is based on version "
                        + basedOn + ": someone changed it meanwhile; reload it (GET /api/products/" + sku
                        + "), apply your change again and send version " + version);
    }

    public ProductCatalogEntry toEvent() {
        return new ProductCatalogEntry(sku, name, specification, category, unitPrice, currency, active, updatedAt);
    }
}
