package com.smartstore.oms.shipping.repository;

import com.smartstore.oms.shipping.domain.CancelledOrder;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CancelledOrderRepository implements PanacheRepositoryBase<CancelledOrder, UUID> {}
