package com.smartstore.oms.returns.config;

import com.smartstore.oms.returns.domain.QcSampling;
import com.smartstore.oms.returns.domain.ReturnPolicy;
import com.smartstore.oms.returns.domain.ReturnReason;
import com.smartstore.oms.returns.domain.WorkingDays;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The return policy's knobs ({@code oms.returns.*}, R-X1) and where returned goods are sent. */
@ConfigMapping(prefix = "oms.returns")
public interface ReturnsConfig {
    /** Names this version of the policy; change it with any other knob so a shop can tell what it showed. */
    @WithDefault("2026-12")
    String policyVersion();

    /** Calendar days from delivery in which a return may be asked for, the last one included (R-X1). */
    @WithDefault("7")
    @Min(0)
    int windowDays();

    /** Days after shipping a parcel no carrier confirmed counts as delivered. */
    @WithDefault("3")
    @Min(0)
    int transitDays();

    /** Where a day ends for the window. */
    @WithDefault("UTC")
    ZoneId timeZone();

    /** Catalogue categories that cannot be returned (compared without case). */
    Optional<List<String>> nonReturnableCategories();

    /** Reasons for which the customer pays the return shipping (and any restocking fee); the store pays the rest. */
    @WithDefault("CHANGED_MIND,OTHER")
    List<ReturnReason> customerPaysShippingFor();

    /** Percent of the refunded goods kept for returns the customer pays shipping for; 0 for none. */
    @WithDefault("0")
    BigDecimal restockingFeePercent();

    /** Days that are not working days besides weekends (public holidays), for the refund deadline. */
    Optional<List<LocalDate>> holidays();

    /** The working-day calendar of the refund deadline. */
    default WorkingDays workingDays() {
        return new WorkingDays(timeZone(), new HashSet<>(holidays().orElse(List.of())));
    }

    /** Share of returns for a quality problem (beyond the first per SKU and month) that QC samples, 0..1 (R-X7). */
    @WithDefault("0.2")
    double qcSampleRate();

    /** Returns for a quality problem of a SKU that QC always samples each month, before the rate applies. */
    @WithDefault("3")
    @Min(0)
    int qcFirstPerSkuAndMonth();

    default QcSampling qcSampling() {
        return new QcSampling(qcSampleRate(), qcFirstPerSkuAndMonth());
    }

    /** The warehouse that receives returned goods (R-X3): its code and postal address, shown on every ticket. */
    Warehouse warehouse();

    interface Warehouse {
        @WithDefault("WH-RETURNS")
        String code();

        @WithDefault("Smart Store Returns, 1F No. 100 Sec. 1 Zhongxiao E. Rd, Zhongzheng Dist., Taipei 100, Taiwan")
        String address();
    }

    /** The policy these knobs make. */
    default ReturnPolicy policy() {
        return new ReturnPolicy(
                policyVersion(),
                windowDays(),
                transitDays(),
                timeZone(),
                new HashSet<>(nonReturnableCategories().orElse(List.of())),
                new HashSet<>(customerPaysShippingFor()),
                restockingFeePercent());
    }
}
