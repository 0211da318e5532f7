package com.smartstore.oms.intake.rest;

import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.intake.domain.IntakeCase;
import com.smartstore.oms.intake.service.IntakeCases;
import java.util.List;
import java.util.UUID;

/**
 * The answer (202 Accepted) to a platform delivery that became a DATA_ERROR intake case: it is kept and a clerk
 * will make the order of it; the same for every delivery of the same platform order while the case stands.
 */
public record WebhookCaseAnswer(
        UUID caseId,
        ExceptionType type,
        IntakeCase.Status status,
        String externalOrderId,
        List<String> problems,
        UUID orderId) {

    public static WebhookCaseAnswer of(IntakeCase c) {
        return new WebhookCaseAnswer(c.id, c.type, c.status, c.externalOrderId, IntakeCases.problems(c), c.orderId);
    }
}
