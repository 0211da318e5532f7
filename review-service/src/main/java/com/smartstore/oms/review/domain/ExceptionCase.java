package com.smartstore.oms.review.domain;

import com.smartstore.oms.contracts.events.ExceptionStage;
import com.smartstore.oms.contracts.events.ExceptionType;
import com.smartstore.oms.contracts.events.OrderException;
import com.smartstore.oms.contracts.events.Remedy;
import com.smartstore.oms.contracts.events.Severity;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.persistence.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An exception order being handled (R-E1..R-E8): OPEN -> ASSIGNED -> RESOLVED -> CLOSED, escalated when
 * an assigned case passes its deadline. Each step returns its history entry and the {@code order-exception}
 * event it raises, so the life cycle is tested without Quarkus.
 */
@Entity
@Table(name = "exception_case")
public class ExceptionCase {
    /** Code of a case a member of staff flagged by hand rather than a service detected. */
    public static final String FLAGGED = "FLAGGED_BY_STAFF";

    @Id
    public UUID id;

    /** The detection's id (a new one for a flagged case): the same on every event of the case. */
    @Column(name = "exception_id")
    public UUID exceptionId;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Enumerated(EnumType.STRING)
    public ExceptionType type;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    public String code;
    public String description;

    @Convert(converter = JsonColumn.StringMap.class)
    public Map<String, String> details;

    /** The department responsible for a complaint (R-E8). */
    public String department;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public Instant openedAt;

    public String owner;
    public String plan;
    public Instant deadline;

    @Column(name = "assigned_by")
    public String assignedBy;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    public String result;

    @Enumerated(EnumType.STRING)
    public Remedy remedy;

    /** What finance did on a payment case: refund, adjustment, retry (R-E6). */
    @Column(name = "finance_action")
    public String financeAction;

    /** The claim reference with the carrier on a logistics case (R-E7). */
    @Column(name = "carrier_claim")
    public String carrierClaim;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "customer_informed")
    public Boolean customerInformed;

    public Integer satisfaction;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Version
    public int version;

    /** A transition: the case's history entry and the {@code order-exception} event announcing it. */
    public record Step(CaseHistoryEntry entry, OrderException event) {}

    /** An overdue case's ESCALATED step and the breach published with it. */
    public record Escalation(Step step, SlaBreached breach) {}

    /** What a member of staff reports when flagging an order (R-E2). */
    public record Flag(
            UUID orderId,
            String orderNumber,
            ExceptionType type,
            Severity severity,
            String description,
            String department) {}

    /** What a manager decides when assigning a case (R-E3). */
    public record Assignment(String owner, String plan, Instant deadline) {}

    /** What the owner (or finance) records when resolving a case (R-E4, R-E6, R-E7). */
    public record Resolution(String result, Remedy remedy, String financeAction, String carrierClaim) {}

    /** A case opened from a service's detection, keeping the detection's id (R-E1). */
    public static ExceptionCase fromDetection(OrderException detected) {
        ExceptionCase c = new ExceptionCase();
        c.exceptionId = detected.exceptionId();
        c.orderId = detected.orderId();
        c.orderNumber = detected.orderNumber();
        c.type = detected.type();
        c.severity = detected.severity();
        c.code = detected.code();
        c.description = detected.description();
        c.details = detected.details();
        c.department = detected.department();
        return c;
    }

    /** A case a member of staff flagged (R-E2); complaints name the department responsible (R-E8). */
    public static ExceptionCase flagged(Flag flag) {
        if (flag.type() == ExceptionType.COMPLAINT && isBlank(flag.department())) {
            throw Refusal.invalid(
                    "department-required", "A COMPLAINT case names the department responsible (R-E8): set department");
        }
        ExceptionCase c = new ExceptionCase();
        c.exceptionId = UUID.randomUUID();
        c.orderId = flag.orderId();
        c.orderNumber = flag.orderNumber();
        c.type = flag.type();
        c.severity = flag.severity();
        c.code = FLAGGED;
        c.description = flag.description().trim();
        c.details = Map.of();
        c.department = isBlank(flag.department()) ? null : flag.department().trim();
        return c;
    }

    /** Opens the case in the desk's queue; {@code actor} is the person or service that flagged it. */
    public Step open(String actor, Instant at) {
        id = UUID.randomUUID();
        status = CaseStatus.OPEN;
        openedBy = actor;
        openedAt = at;
        return step(ExceptionStage.OPENED, actor, at, type + " " + severity + ": " + description);
    }

    /**
     * A manager gives the case an owner, a plan and a deadline (R-E3); an assigned case may be
     * reassigned, e.g. after an escalation, which makes the new deadline count.
     */
    public Step assign(String manager, Assignment assignment, Instant at) {
        requireStatus("assign", CaseStatus.OPEN, CaseStatus.ASSIGNED);
        if (!assignment.deadline().isAfter(at)) {
            throw Refusal.invalid(
                    "deadline-passed", "deadline " + assignment.deadline() + " is not in the future; give a later one");
        }
        boolean reassigned = status == CaseStatus.ASSIGNED;
        status = CaseStatus.ASSIGNED;
        owner = assignment.owner().trim();
        plan = assignment.plan().trim();
        deadline = assignment.deadline();
        assignedBy = manager;
        assignedAt = at;
        escalatedAt = null;
        return step(
                ExceptionStage.ASSIGNED,
                manager,
                at,
                (reassigned ? "reassigned to " : "assigned to ") + owner + " by " + deadline + "; plan: " + plan);
    }

    /**
     * The owner records the result and remedy (R-E4); on a PAYMENT case finance may do it too and records
     * its action (R-E6); a LOGISTICS case that refunds, resends or compensates names the carrier claim (R-E7).
     */
    public Step resolve(String actor, boolean finance, Resolution resolution, Instant at) {
        requireStatus("resolve", CaseStatus.ASSIGNED);
        boolean financeOnPayment = finance && type == ExceptionType.PAYMENT;
        if (!actor.equals(owner) && !financeOnPayment) {
            throw Refusal.forbidden(
                    "not-case-owner",
                    "Case " + id + " is owned by " + owner + "; only the owner"
                            + (type == ExceptionType.PAYMENT ? " or finance" : "") + " can resolve it");
        }
        if (type == ExceptionType.PAYMENT && isBlank(resolution.financeAction())) {
            throw Refusal.invalid(
                    "finance-action-required",
                    "A PAYMENT case records the finance action (e.g. refund issued, amount adjusted): set financeAction");
        }
        if (type == ExceptionType.LOGISTICS
                && carrierClaimNeeded(resolution.remedy())
                && isBlank(resolution.carrierClaim())) {
            throw Refusal.invalid(
                    "carrier-claim-required",
                    "A LOGISTICS case resolved by " + resolution.remedy()
                            + " records the claim with the carrier: set carrierClaim");
        }
        status = CaseStatus.RESOLVED;
        result = resolution.result().trim();
        remedy = resolution.remedy();
        financeAction = trimToNull(resolution.financeAction());
        carrierClaim = trimToNull(resolution.carrierClaim());
        resolvedBy = actor;
        resolvedAt = at;
        StringBuilder detail = new StringBuilder(remedy + ": " + result);
        if (financeAction != null) {
            detail.append("; finance action: ").append(financeAction);
        }
        if (carrierClaim != null) {
            detail.append("; carrier claim: ").append(carrierClaim);
        }
        return step(ExceptionStage.RESOLVED, actor, at, detail.toString());
    }

    /** Customer service records that the customer was told and how satisfied they are, 1-5 (R-E5). */
    public Step close(String actor, boolean informed, int satisfaction, Instant at) {
        requireStatus("close", CaseStatus.RESOLVED);
        if (!informed) {
            throw Refusal.invalid(
                    "customer-not-informed",
                    "Tell the customer the result first, then close with customerInformed=true");
        }
        if (satisfaction < 1 || satisfaction > 5) {
            throw Refusal.invalid("bad-satisfaction", "satisfaction must be 1-5, was " + satisfaction);
        }
        status = CaseStatus.CLOSED;
        customerInformed = true;
        this.satisfaction = satisfaction;
        closedBy = actor;
        closedAt = at;
        return step(ExceptionStage.CLOSED, actor, at, "customer informed; satisfaction " + satisfaction + "/5");
    }

    /** Assigned, unresolved and past its deadline. */
    public boolean isOverdue(Instant now) {
        return status == CaseStatus.ASSIGNED && deadline != null && now.isAfter(deadline);
    }

    /**
     * Escalates an overdue case once (R-E4): marks it and returns its ESCALATED step and the
     * {@code sla-breached} naming the owner; null when not overdue or escalated already.
     */
    public Escalation escalate(String service, Instant now) {
        if (!isOverdue(now) || escalatedAt != null) {
            return null;
        }
        escalatedAt = now;
        Step step = step(ExceptionStage.ESCALATED, service, now, "deadline " + deadline + " passed; owner " + owner);
        return new Escalation(
                step,
                new SlaBreached(
                        SlaKind.EXCEPTION_CASE, id.toString(), orderId, orderNumber, service, owner, deadline, now));
    }

    private Step step(ExceptionStage stage, String actor, Instant at, String detail) {
        OrderException event = new OrderException(
                exceptionId,
                orderId,
                orderNumber,
                type,
                stage,
                id,
                severity,
                code,
                description,
                details,
                actor,
                owner,
                department,
                deadline,
                remedy,
                result,
                satisfaction,
                at);
        return new Step(CaseHistoryEntry.of(id, stage, actor, at, detail), event);
    }

    private void requireStatus(String action, CaseStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw Refusal.conflict(
                    "case-not-" + allowed[0].name().toLowerCase(),
                    "Case " + id + " is " + status + "; only a "
                            + String.join(
                                    " or ",
                                    List.of(allowed).stream().map(Enum::name).toList())
                            + " case can be " + past(action));
        }
    }

    private static String past(String action) {
        return switch (action) {
            case "assign" -> "assigned";
            case "resolve" -> "resolved";
            default -> "closed";
        };
    }

    private static boolean carrierClaimNeeded(Remedy remedy) {
        return remedy == Remedy.REFUND || remedy == Remedy.RESEND || remedy == Remedy.COMPENSATION;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
