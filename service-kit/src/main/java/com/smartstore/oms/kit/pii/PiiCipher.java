package com.smartstore.oms.kit.pii;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest with AES-GCM (R-SEC1) and computes keyed hashes to search it.
 *
 * <p>A stored value reads {@code <keyId>:<base64(iv || ciphertext || tag)>}: the key id beside the
 * ciphertext lets keys rotate (new values use {@code oms.pii.active-key}, old ones still decrypt
 * while their key is configured). The key id is bound as associated data, so a value cannot be
 * relabelled to another key.
 */
@ApplicationScoped
public class PiiCipher {
    private static final String AES = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKey;
    private final SecretKey hashKey;
    private final SecureRandom random = new SecureRandom();

    @Inject
    PiiCipher(PiiConfig config) {
        this(config.keys(), config.activeKey().orElse(null), config.hashKey().orElse(null));
    }

    /** For unit tests and tools: keys by id (base64), the active id and the hash secret. */
    public PiiCipher(Map<String, String> base64Keys, String activeKey, String hashKey) {
        base64Keys.forEach((id, key) -> {
            if (id.contains(":")) {
                throw new IllegalArgumentException("a PII key id must not contain ':', was " + id);
            }
            byte[] bytes = Base64.getDecoder().decode(key.trim());
            if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
                throw new IllegalArgumentException(
                        "oms.pii.keys." + id + " must be base64 of 16, 24 or 32 bytes, was " + bytes.length);
            }
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        this.activeKey = activeKey;
        this.hashKey =
                hashKey == null ? null : new SecretKeySpec(hashKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Fails fast when the configuration cannot encrypt or hash; call it at startup where PII is kept. */
    public void requireConfigured() {
        if (activeKey == null || !keys.containsKey(activeKey)) {
            throw new IllegalStateException("oms.pii.active-key must name one of oms.pii.keys (have " + keys.keySet()
                    + ", active " + activeKey + ")");
        }
        if (hashKey == null) {
            throw new IllegalStateException("oms.pii.hash-key is not set");
        }
    }

    /** The stored form of a value; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        requireConfigured();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(AES);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(activeKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return activeKey + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt", e);
        }
    }

    /** The plaintext of a stored value; {@code null} stays {@code null}. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not an encrypted value (no key id)");
        }
        String keyId = stored.substring(0, colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no key " + keyId + " in oms.pii.keys to decrypt this value");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance(AES);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not decrypt a value encrypted with key " + keyId, e);
        }
    }

    /** The key id a stored value was encrypted with. */
    public static String keyIdOf(String stored) {
        int colon = stored.indexOf(':');
        return colon <= 0 ? null : stored.substring(0, colon);
    }

    /**
     * A keyed hash (HMAC-SHA256, base64url) of an already normalised value, for equality search and
     * matching; {@code null} or blank gives {@code null}. Use {@link PiiNormalizer} first.
     */
    public String hash(String normalised) {
        if (normalised == null || normalised.isBlank()) {
            return null;
        }
        requireConfigured();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not hash", e);
        }
    }
}
