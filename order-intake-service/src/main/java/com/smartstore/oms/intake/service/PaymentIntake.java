package com.smartstore.oms.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.intake.command.PaymentRequest;
import com.smartstore.oms.intake.config.IntakeConfig;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.Payment;
import com.smartstore.oms.intake.repository.ConcurrentWrite;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.rest.ErrorMappers;
import com.smartstore.oms.kit.security.WebhookSecrets;
import com.smartstore.oms.kit.security.WebhookSignature;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Payments as they come in: provider webhooks authenticated by the HMAC of the raw body, and every payment
 * recorded once per provider payment id even when two deliveries of it race each other.
 */
@ApplicationScoped
public class PaymentIntake {
    /** The header with the base64 HMAC-SHA256 of the raw body, with the provider's secret. */
    public static final String SIGNATURE = "X-Signature";

    private static final String UNIQUE_PAYMENT = "payment_provider_payment_uk";

    private final PaymentService payments;
    private final IntakeConfig config;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    public PaymentIntake(
            PaymentService payments, IntakeConfig config, ObjectMapper json, Validator validator, Clock clock) {
        this.payments = payments;
        this.config = config;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    /** A provider's signed delivery: 401 (nothing stored) unless signed with its secret; 422 naming a bad field. */
    public Uni<PaymentService.Recorded> receive(String provider, UnaryOperator<String> header, byte[] body) {
        WebhookSecrets secrets = IntakeConfig.secrets(config.paymentProviders().get(provider), clock.instant());
        if (!WebhookSignature.verifyAny(secrets, body, header.apply(SIGNATURE))) {
            throw Refusal.unauthenticated(
                    "invalid-signature",
                    SIGNATURE + " is missing or is not the HMAC-SHA256 of the body with the secret of provider "
                            + provider);
        }
        PaymentRequest request = parse(body);
        return recordOnce(
                null, provider, request, Actor.system("payments/" + provider, "webhook"), Payment.Source.PROVIDER);
    }

    /** Records the payment, or answers with the one recorded under the same provider payment id. */
    public Uni<PaymentService.Recorded> recordOnce(
            UUID orderId, String provider, PaymentRequest request, Actor actor, Payment.Source source) {
        return payments.record(orderId, provider, request, actor, source)
                .onFailure(ConcurrentWrite.unique(UNIQUE_PAYMENT))
                .recoverWithUni(
                        () -> payments.known(provider, request.paymentId().trim()));
    }

    private PaymentRequest parse(byte[] body) {
        PaymentRequest request;
        try {
            request = json.readValue(body, PaymentRequest.class);
        } catch (JsonProcessingException e) {
            // Where the JSON broke or which field does not fit (a duplicate key, a control character, a wrong type).
            throw Refusal.unprocessable("unmappable-payment", ErrorMappers.describe(e));
        } catch (java.io.IOException e) {
            throw Refusal.unprocessable("unmappable-payment", "body: is not JSON");
        }
        if (request == null) {
            throw Refusal.unprocessable("unmappable-payment", "body: must be a JSON object");
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            String all = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(PaymentIntake::describe)
                    .collect(Collectors.joining("; "));
            throw Refusal.unprocessable("unmappable-payment", all);
        }
        return request;
    }

    private static String describe(ConstraintViolation<?> v) {
        return v.getPropertyPath() + " " + v.getMessage();
    }
}
