package com.smartstore.oms.shipping.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which language a customer is written to in: the one the order names, if a template exists in it (exactly, or the
 * only one of its language: {@code en-GB} -> {@code en}, {@code zh_tw} -> {@code zh-TW}); else the one configured for
 * the ship-to country; else the default. {@code order-received} names no language of its own; a platform order
 * attribute {@code locale} or {@code language} is taken as the order's (see {@link OrderInfo#apply}).
 *
 * @param supported the languages there are templates in (BCP 47 tags)
 * @param byCountry language by ISO country code (upper case)
 * @param fallback one of {@code supported}
 */
public record LanguagePolicy(List<String> supported, Map<String, String> byCountry, String fallback) {
    public LanguagePolicy {
        supported = List.copyOf(supported);
        byCountry = Map.copyOf(byCountry);
        if (match(supported, fallback) == null) {
            throw new IllegalArgumentException(
                    "the default language " + fallback + " is not one of the templates' " + supported);
        }
        fallback = match(supported, fallback);
        for (Map.Entry<String, String> e : byCountry.entrySet()) {
            if (match(supported, e.getValue()) == null) {
                throw new IllegalArgumentException("the language " + e.getValue() + " of country " + e.getKey()
                        + " is not one of the templates' " + supported);
            }
        }
    }

    /** The language to write in, from the order's own (may be null) and the ship-to country (may be null). */
    public String choose(String ordered, String country) {
        String chosen = match(supported, ordered);
        if (chosen != null) {
            return chosen;
        }
        if (country != null) {
            String byPlace = byCountry.get(country.trim().toUpperCase(Locale.ROOT));
            if (byPlace != null) {
                return match(supported, byPlace);
            }
        }
        return fallback;
    }

    private static String match(List<String> supported, String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String wanted = tag.trim().replace('_', '-');
        for (String s : supported) {
            if (s.equalsIgnoreCase(wanted)) {
                return s;
            }
        }
        String primary = primary(wanted);
        List<String> sameLanguage =
                supported.stream().filter(s -> primary(s).equals(primary)).toList();
        return sameLanguage.size() == 1 ? sameLanguage.get(0) : null;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
