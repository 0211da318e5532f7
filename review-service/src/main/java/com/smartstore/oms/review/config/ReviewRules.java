package com.smartstore.oms.review.config;

import com.smartstore.oms.review.domain.AutomaticReview;
import com.smartstore.oms.review.domain.PaymentCompleteRule;
import com.smartstore.oms.review.domain.PriceMatchesCatalogueRule;
import com.smartstore.oms.review.domain.StockSufficientRule;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** Assembles the automatic rules of R-R1 from the business settings; a new rule is one more line here. */
@Singleton
public class ReviewRules {

    @Produces
    @Singleton
    AutomaticReview automaticReview(ReviewConfig config) {
        return new AutomaticReview(List.of(
                new StockSufficientRule(),
                new PriceMatchesCatalogueRule(config.priceTolerance()),
                new PaymentCompleteRule()));
    }
}
