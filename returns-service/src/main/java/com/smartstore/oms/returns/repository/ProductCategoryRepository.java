package com.smartstore.oms.returns.repository;

import com.smartstore.oms.returns.domain.ProductCategory;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** ProductCategory rows of returns' projections. */
@ApplicationScoped
public class ProductCategoryRepository implements PanacheRepositoryBase<ProductCategory, String> {}
