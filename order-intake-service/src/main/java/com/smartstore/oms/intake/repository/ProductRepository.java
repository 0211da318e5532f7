package com.smartstore.oms.intake.repository;

import com.smartstore.oms.intake.domain.Product;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The product catalogue. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, String> {}
