package com.smartstore.oms.shipping.repository;

import com.smartstore.oms.shipping.domain.ShipmentRemedy;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The case desk's remedies per case (issue 11). */
@ApplicationScoped
public class ShipmentRemedyRepository implements PanacheRepositoryBase<ShipmentRemedy, UUID> {}
