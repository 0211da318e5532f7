package com.smartstore.oms.returns.repository;

import com.smartstore.oms.returns.domain.ShipmentDelivery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** ShipmentDelivery rows of returns' projections. */
@ApplicationScoped
public class ShipmentDeliveryRepository implements PanacheRepositoryBase<ShipmentDelivery, UUID> {}
