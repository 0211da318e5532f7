package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which platform lines a SKU mapping applies to. */
class SkuMappingRulesTest {

    static SkuMapping mapping(String product, String variant) {
        SkuMapping m = new SkuMapping();
        m.productId = product;
        m.variantId = variant;
        m.sku = "MUG";
        return m;
    }

    @Test
    void aMappingOfAVariantCoversOnlyThatVariantOfTheProduct() {
        SkuMapping m = mapping("p1", "v1");
        assertThat(m.covers("p1", "v1")).isTrue();
        assertThat(m.covers("p1", "v2")).isFalse();
        assertThat(m.covers("p1", null)).isFalse();
        assertThat(m.covers("p2", "v1")).isFalse();
    }

    @Test
    void aMappingWithoutAVariantCoversEveryVariantOfTheProductButNoOtherProduct() {
        SkuMapping m = mapping("p1", null);
        assertThat(m.covers("p1", "v1")).isTrue();
        assertThat(m.covers("p1", null)).isTrue();
        assertThat(m.covers("p2", null)).isFalse();
    }
}
