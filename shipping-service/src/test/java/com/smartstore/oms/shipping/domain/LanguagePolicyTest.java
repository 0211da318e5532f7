package com.smartstore.oms.shipping.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.OrderReceived;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagePolicyTest {
    private final LanguagePolicy policy = new LanguagePolicy(List.of("en", "zh-TW"), Map.of("TW", "zh-tw"), "en");

    @Test
    void theOrdersLanguageComesFirstInAnySpelling() {
        assertThat(policy.choose("zh-TW", "PT")).isEqualTo("zh-TW");
        assertThat(policy.choose("zh_tw", "PT")).isEqualTo("zh-TW");
        assertThat(policy.choose("zh-Hant-TW", "PT")).isEqualTo("zh-TW");
        assertThat(policy.choose("en-GB", "TW")).isEqualTo("en");
    }

    @Test
    void withoutOneTheCountryDecidesElseTheDefault() {
        assertThat(policy.choose(null, "TW")).isEqualTo("zh-TW");
        assertThat(policy.choose(" ", "tw")).isEqualTo("zh-TW");
        assertThat(policy.choose("pt-PT", "PT")).as("no Portuguese templates").isEqualTo("en");
        assertThat(policy.choose(null, null)).isEqualTo("en");
    }

    @Test
    void aLanguageWithoutTemplatesCannotBeConfigured() {
        assertThatThrownBy(() -> new LanguagePolicy(List.of("en"), Map.of(), "fr"))
                .hasMessageContaining("fr");
        assertThatThrownBy(() -> new LanguagePolicy(List.of("en"), Map.of("DE", "de"), "en"))
                .hasMessageContaining("DE");
    }

    @Test
    void theOrderNamesItsLanguageInAPlatformAttribute() {
        assertThat(OrderInfo.languageOf(null)).isNull();
        assertThat(OrderInfo.languageOf(platform(new OrderReceived.Attribute("gift", "yes"))))
                .isNull();
        assertThat(OrderInfo.languageOf(platform(new OrderReceived.Attribute(" Locale ", " zh-TW "))))
                .isEqualTo("zh-TW");
        assertThat(OrderInfo.languageOf(platform(new OrderReceived.Attribute("language", "x".repeat(36)))))
                .as("free text is no language tag")
                .isNull();
    }

    private static OrderReceived.Platform platform(OrderReceived.Attribute attribute) {
        return new OrderReceived.Platform(null, null, null, null, null, null, null, null, null, List.of(attribute));
    }
}
