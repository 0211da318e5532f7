package com.smartstore.oms.shipping.repository;

import com.smartstore.oms.shipping.domain.OrderInfo;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The orders shipping knows of, projected from {@code order-received}. */
@ApplicationScoped
public class OrderInfoRepository implements PanacheRepositoryBase<OrderInfo, UUID> {}
