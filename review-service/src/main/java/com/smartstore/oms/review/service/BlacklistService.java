package com.smartstore.oms.review.service;

import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.kit.audit.AuditLog;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.kit.pii.PiiCipher;
import com.smartstore.oms.kit.pii.PiiMask;
import com.smartstore.oms.review.domain.BlacklistEntry;
import com.smartstore.oms.review.domain.BlacklistKind;
import com.smartstore.oms.review.domain.CustomerFingerprint;
import com.smartstore.oms.review.repository.BlacklistRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Managers' blacklist of customer phones, e-mails and addresses: stored as keyed hashes with a masked
 * hint, never in clear (R-SEC1); the {@code blacklisted-customer} rule matches orders against it.
 */
@ApplicationScoped
public class BlacklistService {
    private final BlacklistRepository entries;
    private final PiiCipher cipher;
    private final Clock clock;
    private final AuditLog audit;

    public BlacklistService(BlacklistRepository entries, PiiCipher cipher, Clock clock, AuditLog audit) {
        this.entries = entries;
        this.cipher = cipher;
        this.clock = clock;
        this.audit = audit;
    }

    @WithSession
    public Uni<Page<BlacklistEntry>> list(int page, int size) {
        return new Where().pageWithTotal(entries, Sort.descending("createdAt").and("id"), page, size);
    }

    /**
     * Lists a phone or e-mail ({@code value}) or an address; 409 if it is listed already. The value
     * itself is not kept: only its hash and a masked hint.
     */
    @WithTransaction
    public Uni<BlacklistEntry> add(
            BlacklistKind kind, String value, OrderReceived.Address address, String reason, String by) {
        String normalised = kind == BlacklistKind.ADDRESS
                ? (address == null ? null : CustomerFingerprint.address(address))
                : CustomerFingerprint.normalise(kind, value);
        if (normalised == null || normalised.isBlank()) {
            return Uni.createFrom()
                    .failure(Refusal.invalid(
                            "value-required",
                            kind == BlacklistKind.ADDRESS
                                    ? "An ADDRESS entry needs address {line1, city, postalCode, country}"
                                    : "A " + kind + " entry needs a non-empty value"));
        }
        String hash = cipher.hash(normalised);
        return entries.byKindAndHash(kind, hash).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom()
                        .failure(Refusal.conflict(
                                "already-blacklisted",
                                "This " + kind + " is on the blacklist already as entry " + existing.id));
            }
            BlacklistEntry entry =
                    BlacklistEntry.of(kind, hash, hint(kind, value, address), reason.trim(), by, clock.instant());
            // Audited (R-SEC3) with the masked hint only, like the list shows it.
            return entries.persist(entry)
                    .call(saved -> audit.record(
                            "BLACKLISTED",
                            null,
                            saved.id.toString(),
                            Map.of("kind", kind.name(), "hint", saved.hint, "reason", saved.reason)));
        });
    }

    @WithTransaction
    public Uni<Void> remove(UUID id) {
        return entries.deleteById(id)
                .chain(deleted -> deleted
                        ? audit.record("UNBLACKLISTED", null, id.toString(), null)
                        : Uni.createFrom().failure(Refusal.notFound("Blacklist entry", id)));
    }

    private static String hint(BlacklistKind kind, String value, OrderReceived.Address address) {
        return switch (kind) {
            case PHONE -> PiiMask.phone(value.trim());
            case EMAIL -> PiiMask.email(value.trim());
            case ADDRESS -> PiiMask.text(address.line1()) + ", " + address.city() + " " + address.country();
        };
    }
}
