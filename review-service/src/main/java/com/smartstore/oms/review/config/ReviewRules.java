package com.smartstore.oms.review.config;

import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.review.domain.AddressCompleteRule;
import com.smartstore.oms.review.domain.AutomaticReview;
import com.smartstore.oms.review.domain.BlacklistedCustomerRule;
import com.smartstore.oms.review.domain.ContactUsableRule;
import com.smartstore.oms.review.domain.CurrencySettledRule;
import com.smartstore.oms.review.domain.HighOrderValueRule;
import com.smartstore.oms.review.domain.PaymentCompleteRule;
import com.smartstore.oms.review.domain.PlatformStatusRule;
import com.smartstore.oms.review.domain.PlatformTotalsRule;
import com.smartstore.oms.review.domain.PriceMatchesCatalogueRule;
import com.smartstore.oms.review.domain.ReviewRule;
import com.smartstore.oms.review.domain.SkuMappedRule;
import com.smartstore.oms.review.domain.StockSufficientRule;
import com.smartstore.oms.review.domain.SuspectedDuplicateRule;
import com.smartstore.oms.review.domain.UnusualQuantityRule;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Assembles the automatic rules of R-R1 from the business settings; a new rule is one more line here.
 * A disabled rule is left out entirely, so it neither passes nor fails an order.
 */
@Singleton
public class ReviewRules {
    private static final Logger LOG = Logger.getLogger(ReviewRules.class);

    @Produces
    @Singleton
    AutomaticReview automaticReview(ReviewConfig config, PiiCipher cipher) {
        List<ReviewRule> all = all(config, cipher);
        Set<String> known = all.stream().map(ReviewRule::name).collect(Collectors.toSet());
        config.rules().keySet().stream()
                .filter(id -> !known.contains(id))
                .forEach(id ->
                        LOG.warnf("oms.review.rules.%s is configured but no rule has that id; known: %s", id, known));
        List<ReviewRule> enabled =
                all.stream().filter(rule -> config.enabled(rule.name())).toList();
        LOG.infof(
                "automatic review rules enabled: %s",
                enabled.stream().map(ReviewRule::name).toList());
        return new AutomaticReview(enabled);
    }

    /** Every rule, enabled or not, with the thresholds of the configuration. */
    public static List<ReviewRule> all(ReviewConfig config, PiiCipher cipher) {
        return List.of(
                new StockSufficientRule(),
                new PriceMatchesCatalogueRule(config.priceTolerance()),
                new PaymentCompleteRule(
                        config.currency(), config.codMaximum(), config.instalmentTolerance(), config.priceTolerance()),
                new AddressCompleteRule(),
                new HighOrderValueRule(config.highValueThreshold(), config.currency()),
                new UnusualQuantityRule(config.maxLineQuantity()),
                new BlacklistedCustomerRule(cipher::hash),
                new SuspectedDuplicateRule(config.duplicateWindow()),
                new ContactUsableRule(),
                new SkuMappedRule(),
                new CurrencySettledRule(java.util.Set.copyOf(config.settledCurrencies())),
                new PlatformTotalsRule(config.priceTolerance()),
                new PlatformStatusRule());
    }
}
