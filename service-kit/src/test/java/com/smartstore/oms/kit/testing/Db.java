package com.smartstore.oms.kit.testing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** Runs Hibernate Reactive work from a test thread, on a Vert.x context, and waits for the result. */
public final class Db {

    /** In a transaction: committed if the Uni succeeds, rolled back if it fails. */
    public static <T> T tx(Supplier<Uni<T>> work) {
        return await(() -> Panache.withTransaction(work));
    }

    /** In a session, read only. */
    public static <T> T read(Supplier<Uni<T>> work) {
        return await(() -> Panache.withSession(work));
    }

    /** Work that opens its own session or transaction (a scheduled job's method), on a Vert.x context. */
    public static <T> T call(Supplier<Uni<T>> work) {
        return await(work);
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private Db() {}
}
