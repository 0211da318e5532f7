package com.smartstore.oms.intake.mapping;

import static com.smartstore.oms.intake.mapping.JsonFields.optText;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of one of Shopify's mandatory privacy webhooks: {@code customers/data_request} ({@code customer},
 * {@code orders_requested}, {@code data_request.id}), {@code customers/redact} ({@code customer},
 * {@code orders_to_redact}), {@code shop/redact} ({@code shop_id}, {@code shop_domain} only).
 *
 * @param orderIds the platform's ids of the orders the request names (may be empty: then the customer's e-mail finds
 *     them)
 */
public record ShopifyPrivacyRequest(
        String shopDomain, String customerId, String email, String phone, List<String> orderIds, String requestId) {

    public ShopifyPrivacyRequest {
        orderIds = orderIds == null ? List.of() : List.copyOf(orderIds);
    }

    public static ShopifyPrivacyRequest of(JsonNode body) {
        JsonNode customer = body.path("customer");
        List<String> ids = new ArrayList<>();
        for (String list : new String[] {"orders_requested", "orders_to_redact"}) {
            body.path(list).forEach(id -> {
                if (id.isValueNode() && !id.asText().isBlank() && id.asText().length() <= 100) {
                    ids.add(id.asText());
                }
            });
        }
        return new ShopifyPrivacyRequest(
                PlatformText.cut(optText(body, "shop_domain"), 200),
                PlatformText.cut(optText(customer, "id"), 100),
                PlatformText.cut(optText(customer, "email"), 200),
                PlatformText.cut(optText(customer, "phone"), 40),
                ids,
                PlatformText.cut(optText(body.path("data_request"), "id"), 100));
    }
}
