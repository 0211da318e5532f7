package com.smartstore.oms.review.service;

import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.review.domain.Refusal;
import io.smallrye.mutiny.Uni;

/** Turns the domain's {@link Refusal}s into the API's 400/403/409 answers, in one place for every service. */
final class Refusals {
    private Refusals() {}

    static <T> Uni<T> asApiErrors(Uni<T> work) {
        return work.onFailure(Refusal.class).transform(e -> {
            Refusal refusal = (Refusal) e;
            int status = switch (refusal.kind()) {
                case INVALID -> 400;
                case FORBIDDEN -> 403;
                case CONFLICT -> 409;
            };
            return new ApiException(status, refusal.error(), refusal.getMessage());
        });
    }
}
