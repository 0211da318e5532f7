package com.smartstore.oms.returns.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Which returns for quality problems quality control examines (R-X7): always the first {@code firstPerSkuAndMonth}
 * of a SKU in a month, then a share of {@code rate} of the others. The share is decided by a hash of the ticket and the
 * SKU, not by chance: the same return is always sampled or not (repeatable, testable). Plain Java.
 *
 * @param rate 0..1
 */
public record QcSampling(double rate, int firstPerSkuAndMonth) {
    public QcSampling {
        if (rate < 0 || rate > 1 || firstPerSkuAndMonth < 0) {
            throw new IllegalArgumentException("the rate is 0..1 and the first N not negative");
        }
    }

    /**
     * @param earlierThisMonth returns for a quality problem of the SKU already opened this month
     */
    public boolean sample(int earlierThisMonth, UUID ticket, String sku) {
        return earlierThisMonth < firstPerSkuAndMonth || draw(ticket, sku) < rate;
    }

    /** A number in [0, 1) fixed for the ticket and SKU. */
    static double draw(UUID ticket, String sku) {
        CRC32 crc = new CRC32();
        crc.update((ticket + "/" + sku).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() / (double) (1L << 32);
    }
}
