package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which topics change an existing order and which are privacy requests. */
class WebhookTopicTest {

    @Test
    void aNewOrderIsNeitherAChangeNorAPrivacyRequest() {
        assertThat(WebhookTopic.ORDER_CREATED.change()).isFalse();
        assertThat(WebhookTopic.ORDER_CREATED.privacy()).isFalse();
    }

    @Test
    void theOrdersLaterLifeOnThePlatformIsAChange() {
        for (WebhookTopic t : new WebhookTopic[] {
            WebhookTopic.ORDER_UPDATED,
            WebhookTopic.ORDER_CANCELLED,
            WebhookTopic.ORDER_PAID,
            WebhookTopic.REFUND_CREATED,
            WebhookTopic.ORDER_DELETED
        }) {
            assertThat(t.change()).as(t.name()).isTrue();
            assertThat(t.privacy()).as(t.name()).isFalse();
        }
    }

    @Test
    void requestsAboutACustomersOrAShopsDataArePrivacyNotChanges() {
        for (WebhookTopic t : new WebhookTopic[] {
            WebhookTopic.CUSTOMER_DATA_REQUEST, WebhookTopic.CUSTOMER_REDACT, WebhookTopic.SHOP_REDACT
        }) {
            assertThat(t.privacy()).as(t.name()).isTrue();
            assertThat(t.change()).as(t.name()).isFalse();
        }
    }
}
