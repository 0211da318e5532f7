package com.smartstore.oms.kit.pii;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.regex.Pattern;

/**
 * Stores a personal value encrypted at rest (R-SEC1) with {@link PiiCipher}: the column holds
 * {@code <keyId>:<base64>}, the entity the plaintext. Hibernate compares plaintexts for dirty checking, so a
 * fresh IV does not cause needless updates. A value without the {@code <keyId>:} form was written before
 * encryption was introduced (intake's V3) and is read as it is; it is encrypted the next time it is written.
 */
@Converter
public class Encrypted implements AttributeConverter<String, String> {
    private static final Pattern SEALED = Pattern.compile("[A-Za-z0-9_.-]+:[A-Za-z0-9+/]+=*");

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return cipher().encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        if (stored == null || !SEALED.matcher(stored).matches()) {
            return stored;
        }
        return cipher().decrypt(stored);
    }

    /** Converters are created by Hibernate, not CDI: the cipher is looked up from the container. */
    private static PiiCipher cipher() {
        return Arc.container().instance(PiiCipher.class).get();
    }
}
