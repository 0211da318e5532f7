package com.smartstore.oms.kit.pii;

import java.text.Normalizer;
import java.util.Locale;

/** The canonical form of personal values before hashing, so equal values hash equally. */
public final class PiiNormalizer {

    /** Trimmed and lower-cased. */
    public static String email(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Digits only, keeping a leading {@code +}; {@code 00} international prefix becomes {@code +}. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String trimmed = phone.trim();
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (trimmed.startsWith("+")) {
            return "+" + digits;
        }
        return digits.startsWith("00") ? "+" + digits.substring(2) : digits;
    }

    /** Address parts joined, accents removed, lower case, punctuation and repeated spaces collapsed. */
    public static String address(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(part).append(' ');
            }
        }
        String plain =
                Normalizer.normalize(joined.toString(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    private PiiNormalizer() {}
}
