package com.smartstore.oms.review.rest;

import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.kit.security.Roles;
import com.smartstore.oms.review.config.ReviewConfig;
import com.smartstore.oms.review.config.ReviewRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The automatic rules as this instance applies them (R-R1): which are on and with what thresholds, so
 * managers and reviewers can tell why orders pass or are held. They are changed in the configuration
 * ({@code oms.review.*}), not here.
 */
@Path("/api/reviews/rules")
public class RuleResource {
    private final ReviewConfig config;
    private final PiiCipher cipher;

    public RuleResource(ReviewConfig config, PiiCipher cipher) {
        this.config = config;
        this.cipher = cipher;
    }

    /** One rule: its id, whether it runs, and its settings by configuration key. */
    public record RuleView(String rule, boolean enabled, Map<String, String> settings) {}

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.REVIEWER})
    public List<RuleView> list() {
        return ReviewRules.all(config, cipher).stream()
                .map(rule -> new RuleView(rule.name(), config.enabled(rule.name()), new TreeMap<>(rule.settings())))
                .toList();
    }
}
