package com.smartstore.oms.returns.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The return policy as shops show it on product and order pages (R-X1), in English ({@code en}) or Traditional
 * Chinese ({@code zh-TW}), with the figures of the policy filled in.
 */
public final class PolicyText {
    public static final String EN = "en";
    public static final String ZH_TW = "zh-TW";

    /**
     * The language to answer in: {@code lang} if given, else the first of the Accept-Language header's languages this
     * policy speaks; any Chinese is {@code zh-TW}, anything else English.
     */
    public static String language(String lang, String acceptLanguage) {
        String wanted = lang != null && !lang.isBlank() ? lang : acceptLanguage;
        if (wanted == null || wanted.isBlank()) {
            return EN;
        }
        for (String part : wanted.split(",")) {
            String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (tag.startsWith("zh")) {
                return ZH_TW;
            }
            if (tag.startsWith("en")) {
                return EN;
            }
        }
        return EN;
    }

    /** The conditions and the process, one sentence each. */
    public static List<String> conditions(ReturnPolicy policy, String language) {
        boolean zh = ZH_TW.equals(language);
        List<String> text = new ArrayList<>();
        text.add(
                zh
                        ? "商品送達後 " + policy.windowDays() + " 天內（含第 " + policy.windowDays() + " 天）可申請退貨；未取得物流送達紀錄者，以出貨後 "
                                + policy.transitDays() + " 天視為送達。"
                        : "Returns may be requested up to " + policy.windowDays()
                                + " days after delivery (the last day included); without a carrier's delivery record,"
                                + " delivery is taken as " + policy.transitDays() + " days after shipping.");
        text.add(
                zh
                        ? "退回商品須為品質問題、運送損壞、寄錯或與描述不符，或保持全新可再販售狀態；因顧客使用或人為造成之損壞不予退款。"
                        : "Goods may be returned for a quality problem, transit damage, a wrong item or one not as"
                                + " described, or unused and resellable; damage caused by the customer is not refunded.");
        if (!policy.nonReturnableCategories().isEmpty()) {
            String categories =
                    policy.nonReturnableCategories().stream().sorted().collect(Collectors.joining(", "));
            text.add(zh ? "以下類別商品恕不接受退貨：" + categories + "。" : "Not returnable: " + categories + ".");
        }
        String customerPays = policy.customerPaysShippingFor().stream()
                .sorted()
                .map(r -> reason(r, zh))
                .collect(Collectors.joining(zh ? "、" : ", "));
        text.add(
                customerPays.isEmpty()
                        ? (zh ? "退貨運費一律由本店負擔。" : "The store pays the return shipping.")
                        : zh
                                ? "退貨原因為「" + customerPays + "」者，退貨運費由顧客負擔；其他原因由本店負擔。"
                                : "The customer pays the return shipping for: " + customerPays
                                        + "; the store pays it for every other reason.");
        if (policy.restockingFeePercent().signum() > 0) {
            String percent = policy.restockingFeePercent().stripTrailingZeros().toPlainString();
            text.add(
                    zh
                            ? "由顧客負擔運費之退貨，將自退款金額扣除 " + percent + "% 的重新上架費。"
                            : "Returns the customer pays shipping for are refunded less a " + percent
                                    + " % restocking fee.");
        }
        text.add(
                zh
                        ? "流程：申請退貨 → 客服聯繫 → 寄回商品 → 驗收 → 退款、換貨，或不符條件時提供替代方案。"
                        : "Process: request a return, after-sales contacts you, send the goods back, they are inspected,"
                                + " then refund or exchange, or an alternative when the goods do not qualify.");
        return text;
    }

    /** A reason as customers read it. */
    public static String reason(ReturnReason reason, boolean zh) {
        return switch (reason) {
            case QUALITY -> zh ? "品質問題" : "quality problem";
            case DAMAGED_IN_TRANSIT -> zh ? "運送損壞" : "damaged in transit";
            case WRONG_ITEM -> zh ? "寄錯商品" : "wrong item";
            case NOT_AS_DESCRIBED -> zh ? "與描述不符" : "not as described";
            case CHANGED_MIND -> zh ? "不想要了" : "changed mind";
            case OTHER -> zh ? "其他" : "other";
        };
    }

    private PolicyText() {}
}
