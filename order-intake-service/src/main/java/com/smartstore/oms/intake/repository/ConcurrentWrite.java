package com.smartstore.oms.intake.repository;

import com.smartstore.oms.kit.inbox.Failures;
import java.util.function.Predicate;

/** Recognises failures caused by a concurrent request that committed first: a unique constraint, a stale version. */
public final class ConcurrentWrite {

    /**
     * A predicate for {@code onFailure(...)}: true for a unique violation (23505) of the constraint. The name alone is
     * not enough: PostgreSQL names the index in other refusals too (an index row too large, 54000).
     */
    public static Predicate<Throwable> unique(String constraint) {
        return failure -> {
            if (!Failures.isUniqueViolation(failure)) {
                return false;
            }
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * True when an update lost to a concurrent change of the same row ({@code @Version}): the caller should
     * reload and decide again.
     */
    public static boolean isStaleUpdate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("OptimisticLock") || name.contains("StaleObjectState") || name.contains("StaleState")) {
                return true;
            }
        }
        return false;
    }

    private ConcurrentWrite() {}
}
