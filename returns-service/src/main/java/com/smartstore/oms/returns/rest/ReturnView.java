package com.smartstore.oms.returns.rest;

import com.smartstore.oms.contracts.events.ReturnOutcome;
import com.smartstore.oms.returns.domain.Alternative;
import com.smartstore.oms.returns.domain.Contact;
import com.smartstore.oms.returns.domain.DeclinedOffer;
import com.smartstore.oms.returns.domain.ItemDisposition;
import com.smartstore.oms.returns.domain.RequestedOutcome;
import com.smartstore.oms.returns.domain.ReturnReason;
import com.smartstore.oms.returns.domain.ReturnStatus;
import com.smartstore.oms.returns.domain.ReturnTicket;
import com.smartstore.oms.returns.domain.ShippingPayer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A return ticket as the API shows it, with the return shipping instructions and the contact log. */
public record ReturnView(
        UUID id,
        UUID orderId,
        String orderNumber,
        ReturnReason reason,
        RequestedOutcome requestedOutcome,
        String exchangeSpecification,
        String notes,
        List<String> photoUrls,
        List<LineView> lines,
        ReturnStatus status,
        String requestedBy,
        Instant requestedAt,
        String policyVersion,
        ReturnShipping returnShipping,
        List<Contact> contacts,
        Instant contactDueAt,
        Instant contactedAt,
        boolean contactOverdue,
        Instant receivedAt,
        String receivedBy,
        String receiptNote,
        Instant inspectedAt,
        String inspectedBy,
        String inspectionNote,
        Instant refundDueAt,
        ReturnOutcome outcome,
        String resolvedBy,
        Instant resolvedAt,
        AlternativeView alternative,
        List<DeclinedOffer> declinedAlternatives) {

    /** The alternative offered for goods the policy does not cover, and the customer's consent once given. */
    public record AlternativeView(
            Alternative alternative,
            String explanation,
            BigDecimal compensationAmount,
            String offeredBy,
            Instant offeredAt,
            String consentedBy,
            Instant consentedAt,
            String consentNote) {}

    /** One line: what was asked for, what came back, and what inspection decided (null until then). */
    public record LineView(
            String sku,
            int quantity,
            Integer receivedQuantity,
            String condition,
            ItemDisposition disposition,
            Boolean eligible) {}

    /** How the customer sends the goods back (R-X3): where to, and who pays. */
    public record ReturnShipping(
            String warehouse, String address, ShippingPayer paidBy, BigDecimal restockingFeePercent) {}

    public static ReturnView of(ReturnTicket t, Instant now) {
        return new ReturnView(
                t.id,
                t.orderId,
                t.orderNumber,
                t.reason,
                t.requestedOutcome,
                t.exchangeSpecification,
                t.notes,
                t.photoUrls,
                t.lines.stream()
                        .map(l -> new LineView(
                                l.sku, l.quantity, l.receivedQuantity, l.condition, l.disposition, l.eligible))
                        .toList(),
                t.status,
                t.requestedBy,
                t.requestedAt,
                t.policyVersion,
                t.returnWarehouse == null
                        ? null
                        : new ReturnShipping(
                                t.returnWarehouse, t.returnAddress, t.shippingPaidBy, t.restockingFeePercent),
                t.contacts,
                t.contactDueAt,
                t.contactedAt,
                t.contactBreachedAt != null || t.contactOverdue(now),
                t.receivedAt,
                t.receivedBy,
                t.receiptNote,
                t.inspectedAt,
                t.inspectedBy,
                t.inspectionNote,
                t.refundDueAt,
                t.outcome,
                t.resolvedBy,
                t.resolvedAt,
                t.alternative == null
                        ? null
                        : new AlternativeView(
                                t.alternative,
                                t.alternativeExplanation,
                                t.compensationAmount,
                                t.alternativeOfferedBy,
                                t.alternativeOfferedAt,
                                t.consentedBy,
                                t.consentedAt,
                                t.consentNote),
                t.declinedAlternatives);
    }
}
