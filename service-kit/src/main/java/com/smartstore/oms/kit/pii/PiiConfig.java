package com.smartstore.oms.kit.pii;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;

/**
 * Keys protecting personal data (R-SEC1). Production values come from the environment, e.g.
 * {@code OMS_PII_KEYS__K2_} style variables or a mounted secret; dev and test have throw-away keys.
 */
@ConfigMapping(prefix = "oms.pii")
public interface PiiConfig {

    /** AES keys by key id, each base64 of 16, 24 or 32 random bytes. Old ids stay to decrypt old rows. */
    Map<String, String> keys();

    /** The key id new values are encrypted with. */
    Optional<String> activeKey();

    /** Secret of the keyed hashes used to search and match personal data without decrypting it. */
    Optional<String> hashKey();
}
