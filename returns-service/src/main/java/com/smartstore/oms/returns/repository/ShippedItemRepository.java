package com.smartstore.oms.returns.repository;

import com.smartstore.oms.returns.domain.ShippedItem;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** ShippedItem rows of returns' projections. */
@ApplicationScoped
public class ShippedItemRepository implements PanacheRepositoryBase<ShippedItem, UUID> {}
