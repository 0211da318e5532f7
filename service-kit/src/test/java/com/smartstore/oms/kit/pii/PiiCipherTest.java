package com.smartstore.oms.kit.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiCipherTest {
    static final String K1 = "dGVzdC1vbmx5LXBpaS1rZXktMzItYnl0ZXMtbG9uZyE=";
    static final String K0 = "b2xkLXRlc3Qta2V5LWZvci1yb3RhdGlvbi10ZXN0cyE=";

    final PiiCipher cipher = new PiiCipher(Map.of("k1", K1, "k0", K0), "k1", "hash-secret");

    @Test
    void encryptsWithTheActiveKeyIdBesideTheCiphertextAndDecryptsBack() {
        String stored = cipher.encrypt("+351 912 345 678");

        assertThat(stored).startsWith("k1:").doesNotContain("912 345"); // a space: never in Base64 by chance
        assertThat(PiiCipher.keyIdOf(stored)).isEqualTo("k1");
        assertThat(cipher.decrypt(stored)).isEqualTo("+351 912 345 678");
        assertThat(cipher.encrypt("+351 912 345 678")).as("random IV").isNotEqualTo(stored);
        assertThat(cipher.encrypt(null)).isNull();
    }

    @Test
    void valuesWrittenWithAnOldKeyStillDecryptAfterRotation() {
        String old = new PiiCipher(Map.of("k0", K0), "k0", "hash-secret").encrypt("Rua Augusta 10");

        assertThat(cipher.decrypt(old)).isEqualTo("Rua Augusta 10");
        assertThatThrownBy(() -> new PiiCipher(Map.of("k1", K1), "k1", "x").decrypt(old))
                .hasMessageContaining("no key k0");
    }

    @Test
    void aTamperedOrRelabelledValueDoesNotDecrypt() {
        String stored = cipher.encrypt("ana@example.com");
        String relabelled = "k0" + stored.substring(2);

        assertThatThrownBy(() -> cipher.decrypt(relabelled)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyedHashesMatchNormalisedValuesOnly() {
        assertThat(cipher.hash(PiiNormalizer.email(" Ana@Example.com ")))
                .isEqualTo(cipher.hash(PiiNormalizer.email("ana@example.com")));
        assertThat(cipher.hash(PiiNormalizer.phone("00351 912-345-678")))
                .isEqualTo(cipher.hash(PiiNormalizer.phone("+351912345678")));
        assertThat(new PiiCipher(Map.of("k1", K1), "k1", "other-secret").hash("ana@example.com"))
                .isNotEqualTo(cipher.hash("ana@example.com"));
        assertThat(cipher.hash(" ")).isNull();
        assertThat(PiiNormalizer.address("Rua Augusta, 10", null, "LISBOA")).isEqualTo("rua augusta 10 lisboa");
    }

    @Test
    void masksLeaveOnlyWhatIdentifiesNothing() {
        assertThat(PiiMask.phone("+351 912 345 678")).isEqualTo("+*** *** *** *78");
        assertThat(PiiMask.email("ana.silva@example.com")).isEqualTo("a***@example.com");
        assertThat(PiiMask.text("Rua Augusta 10")).isEqualTo("***");
    }

    @Test
    void refusesKeysOfTheWrongSizeAndAMissingActiveKey() {
        assertThatThrownBy(() -> new PiiCipher(Map.of("k", "c2hvcnQ="), "k", "x"))
                .hasMessageContaining("16, 24 or 32 bytes");
        assertThatThrownBy(() -> new PiiCipher(Map.of("k1", K1), "nope", "x").encrypt("a"))
                .hasMessageContaining("oms.pii.active-key");
    }
}
