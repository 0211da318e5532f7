package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartstore.oms.contracts.events.SalesChannel;
import org.junit.jupiter.api.Test;

/** Which platform a webhook path is, and what its topic header means to intake. */
class WebhookSourceTest {

    @Test
    void aPathNamesItsSourceAndAnUnknownPathNone() {
        assertThat(WebhookSource.ofPath("shopify")).contains(WebhookSource.SHOPIFY);
        assertThat(WebhookSource.ofPath("woocommerce")).contains(WebhookSource.WOOCOMMERCE);
        assertThat(WebhookSource.ofPath("generic")).contains(WebhookSource.GENERIC);
        assertThat(WebhookSource.ofPath("bigcommerce")).contains(WebhookSource.BIGCOMMERCE);
        assertThat(WebhookSource.ofPath("magento")).isEmpty();
        assertThat(WebhookSource.ofPath("SHOPIFY")).isEmpty();
    }

    @Test
    void eachSourceKnowsItsChannelAndHeaders() {
        assertThat(WebhookSource.SHOPIFY.channel).isEqualTo(SalesChannel.SHOPIFY);
        assertThat(WebhookSource.SHOPIFY.signatureHeader).isEqualTo("X-Shopify-Hmac-Sha256");
        assertThat(WebhookSource.SHOPIFY.deliveryIdHeader).isEqualTo("X-Shopify-Webhook-Id");
        assertThat(WebhookSource.SHOPIFY.originHeader).isEqualTo("X-Shopify-Shop-Domain");
        assertThat(WebhookSource.SHOPIFY.topicHeader).isEqualTo("X-Shopify-Topic");
        assertThat(WebhookSource.WOOCOMMERCE.channel).isEqualTo(SalesChannel.WOOCOMMERCE);
        assertThat(WebhookSource.GENERIC.channel).isEqualTo(SalesChannel.GENERIC_WEBHOOK);
        assertThat(WebhookSource.GENERIC.topicHeader).isNull();
        assertThat(WebhookSource.BIGCOMMERCE.signatureHeader).isEqualTo("X-Webhook-Secret");
        assertThat(WebhookSource.BIGCOMMERCE.deliveryIdHeader).isNull();
    }

    @Test
    void aDeliveryWithoutATopicIsANewOrder() {
        assertThat(WebhookSource.SHOPIFY.topic(null)).contains(WebhookTopic.ORDER_CREATED);
        assertThat(WebhookSource.SHOPIFY.topic("  ")).contains(WebhookTopic.ORDER_CREATED);
        assertThat(WebhookSource.GENERIC.topic(null)).contains(WebhookTopic.ORDER_CREATED);
    }

    @Test
    void aPlatformsTopicIsTranslatedAndOneIntakeDoesNotActOnIsEmpty() {
        assertThat(WebhookSource.SHOPIFY.topic("orders/updated")).contains(WebhookTopic.ORDER_UPDATED);
        assertThat(WebhookSource.SHOPIFY.topic(" orders/paid ")).contains(WebhookTopic.ORDER_PAID);
        assertThat(WebhookSource.SHOPIFY.topic("customers/redact")).contains(WebhookTopic.CUSTOMER_REDACT);
        assertThat(WebhookSource.SHOPIFY.topic("products/create")).isEmpty();
        assertThat(WebhookSource.WOOCOMMERCE.topic("order.deleted")).contains(WebhookTopic.ORDER_DELETED);
        assertThat(WebhookSource.WOOCOMMERCE.topic("orders/updated"))
                .as("Shopify's name means nothing to WooCommerce")
                .isEmpty();
        assertThat(WebhookSource.GENERIC.topic("order.created")).isEmpty();
    }
}
