package com.smartstore.oms.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.smartstore.oms.contracts.EventJson;
import com.smartstore.oms.contracts.events.SkuSource;
import com.smartstore.oms.intake.command.CreateOrderRequest;
import com.smartstore.oms.intake.domain.Actor;
import com.smartstore.oms.intake.domain.IntakeCase;
import com.smartstore.oms.intake.domain.IntakeCaseAudit;
import com.smartstore.oms.intake.domain.Order;
import com.smartstore.oms.intake.domain.PlatformDetails;
import com.smartstore.oms.intake.mapping.PlatformOrder;
import com.smartstore.oms.intake.repository.IntakeCaseRepository;
import com.smartstore.oms.kit.domain.Refusal;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * DATA_ERROR intake cases (issue 10): opened for an authentic platform delivery that could not become a clean order,
 * worked by order clerks, who complete the mapped order to create it (with the platform's channel, order id and
 * facts) or dismiss the case with a reason. Every step is audited.
 */
@ApplicationScoped
public class IntakeCases {
    private static final ObjectMapper JSON = EventJson.mapper();

    private final IntakeCaseRepository cases;
    private final OrderService orders;
    private final Clock clock;

    public IntakeCases(IntakeCaseRepository cases, OrderService orders, Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.clock = clock;
    }

    /** The case and the order a clerk created from it. */
    public record Entered(IntakeCase intakeCase, Order order) {}

    /** Stores a new case with what the mapping found; in the caller's transaction. */
    Uni<IntakeCase> open(IntakeCase opened, PlatformOrder mapped, String payload, Actor platform) {
        opened.problems = write(mapped.problems());
        opened.payload = payload;
        opened.draft = mapped.order() == null ? null : write(mapped.order());
        opened.currency = mapped.details() == null ? null : mapped.details().currency();
        opened.platformFacts = mapped.details() == null ? null : write(mapped.details());
        return cases.persist(opened)
                .call(c -> cases.getSession()
                        .chain(s -> s.persist(IntakeCaseAudit.of(
                                c.id,
                                IntakeCaseAudit.Action.OPENED,
                                platform,
                                c.receivedAt,
                                String.join("; ", mapped.problems())))));
    }

    /**
     * Creates the order from an open case with the clerk's completed order (the draft, fixed) and closes the case,
     * in one transaction; the row lock makes a second clerk get 409 instead of a second order. The order keeps the
     * platform's channel, order id and facts; a line whose SKU the clerk left as in the draft keeps the platform's
     * line facts (an UNMAPPED placeholder stays one, for review to hold), a line the clerk gave a SKU is CLERK-mapped.
     * The platform vouches for the payment only if the clerk left it as the platform said.
     */
    @WithTransaction
    public Uni<Entered> enter(UUID id, CreateOrderRequest order, Actor clerk) {
        return open(id).chain(c -> {
            CreateOrderRequest draft = c.draft == null ? null : read(c.draft, CreateOrderRequest.class);
            PlatformDetails details = c.platformFacts == null ? null : read(c.platformFacts, PlatformDetails.class);
            var request = new CreateOrderRequest(
                    order.customer(),
                    order.shippingAddress(),
                    order.lines(),
                    order.remarks(),
                    order.payment(),
                    c.channel,
                    order.shippingLines(),
                    order.taxAmount());
            String vouchedBy =
                    draft != null && samePayment(draft.payment(), order.payment()) ? OrderService.PLATFORM : null;
            Instant now = clock.instant();
            return orders.storePlatformOrder(
                            request, details(details, draft, order), clerk, c.externalOrderId, vouchedBy)
                    .call(created -> {
                        c.resolve(created.id, created.orderNumber, clerk.name(), now);
                        return audit(c, IntakeCaseAudit.Action.RESOLVED, clerk, now, c.resolution);
                    })
                    .map(created -> new Entered(c, created));
        });
    }

    /** Closes an open case without an order, with the clerk's reason (409 when it is closed already). */
    @WithTransaction
    public Uni<IntakeCase> dismiss(UUID id, String reason, Actor clerk) {
        return open(id).call(c -> {
            Instant now = clock.instant();
            c.dismiss(reason.trim(), clerk.name(), now);
            return audit(c, IntakeCaseAudit.Action.DISMISSED, clerk, now, reason.trim());
        });
    }

    /** The problems of a case as a list. */
    public static List<String> problems(IntakeCase c) {
        return c.problems == null ? List.of() : read(c.problems, new TypeReference<List<String>>() {});
    }

    /** The draft of a case, or null. */
    public static CreateOrderRequest draft(IntakeCase c) {
        return c.draft == null ? null : read(c.draft, CreateOrderRequest.class);
    }

    /** The platform's details kept with a case, or null. */
    public static PlatformDetails details(IntakeCase c) {
        return c.platformFacts == null ? null : read(c.platformFacts, PlatformDetails.class);
    }

    private Uni<IntakeCase> open(UUID id) {
        return cases.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> Refusal.notFound("Intake case", id))
                .invoke(c -> c.closedReason().ifPresent(closed -> {
                    throw Refusal.conflict("case-closed", closed);
                }));
    }

    private Uni<Void> audit(IntakeCase c, IntakeCaseAudit.Action action, Actor by, Instant at, String detail) {
        return cases.getSession().chain(s -> s.persist(IntakeCaseAudit.of(c.id, action, by, at, detail)));
    }

    /** Line facts by position, where the clerk kept the draft's line; a SKU the clerk put in place is CLERK's. */
    private static PlatformDetails details(
            PlatformDetails details, CreateOrderRequest draft, CreateOrderRequest order) {
        if (details == null) {
            return null;
        }
        List<PlatformDetails.Line> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            boolean known = draft != null
                    && i < draft.lines().size()
                    && i < details.lines().size();
            if (!known) {
                lines.add(new PlatformDetails.Line(null, null, null, null, null, null));
                continue;
            }
            PlatformDetails.Line facts = details.lines().get(i);
            boolean sameSku = Objects.equals(
                    draft.lines().get(i).sku(), order.lines().get(i).sku());
            lines.add(sameSku ? facts : facts.withSkuSource(SkuSource.CLERK));
        }
        return new PlatformDetails(details.currency(), details.platform(), lines);
    }

    private static boolean samePayment(CreateOrderRequest.Payment platform, CreateOrderRequest.Payment clerk) {
        return platform != null
                && clerk != null
                && platform.method() == clerk.method()
                && platform.amount() != null
                && clerk.amount() != null
                && platform.amount().compareTo(clerk.amount()) == 0
                && Objects.equals(platform.paidAt(), clerk.paidAt());
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String text, Class<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an intake case holds JSON that is not a " + type.getSimpleName(), e);
        }
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an intake case holds JSON that is not what it should be", e);
        }
    }
}
