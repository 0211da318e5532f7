package com.smartstore.oms.returns.domain;

import com.smartstore.oms.kit.domain.Refusal;
import java.util.List;

/**
 * What the customer asks for besides the goods (R-X2): why, what they want instead (a refund, or an exchange for the
 * specification named), what they said and photos of the goods.
 */
public record ReturnRequest(
        ReturnReason reason,
        RequestedOutcome outcome,
        String exchangeSpecification,
        String notes,
        List<String> photoUrls) {

    /** An exchange must name what the customer wants instead; a refund names nothing. Blank text is none. */
    public ReturnRequest {
        if (reason == null) {
            throw Refusal.invalid("reason-missing", "a return needs a reason");
        }
        outcome = outcome == null ? RequestedOutcome.REFUND : outcome;
        exchangeSpecification = blankToNull(exchangeSpecification);
        if (outcome == RequestedOutcome.EXCHANGE && exchangeSpecification == null) {
            throw Refusal.invalid(
                    "exchange-specification-missing",
                    "an exchange must name the new specification the customer wants (exchangeSpecification)");
        }
        if (outcome == RequestedOutcome.REFUND) {
            exchangeSpecification = null;
        }
        notes = blankToNull(notes);
        photoUrls = photoUrls == null
                ? List.of()
                : photoUrls.stream().map(String::trim).distinct().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
