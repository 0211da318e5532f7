package com.smartstore.oms.review.repository;

import com.smartstore.oms.review.domain.BlacklistEntry;
import com.smartstore.oms.review.domain.BlacklistKind;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The blacklist: hashed contact details. */
@ApplicationScoped
public class BlacklistRepository implements PanacheRepositoryBase<BlacklistEntry, UUID> {

    /** Entries whose hash is one of these (the rule then checks the kind matches too). */
    public Uni<List<BlacklistEntry>> withHashIn(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("valueHash in ?1", hashes);
    }

    public Uni<BlacklistEntry> byKindAndHash(BlacklistKind kind, String hash) {
        return find("kind = ?1 and valueHash = ?2", kind, hash).firstResult();
    }
}
