package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.LineQuantity;
import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderHeld;
import com.smartstore.oms.contracts.events.OrderReceived;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.SlaBreached;
import com.smartstore.oms.contracts.events.SlaKind;
import com.smartstore.oms.kit.domain.Refusal;
import com.smartstore.oms.kit.testing.OrderBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Duration FOUR_HOURS = Duration.ofHours(4);
    private final OrderReceived order =
            anOrder().line("A", 2, "12.50").line("B", 1, "5.00").build();
    private final RuleResult stockOk = RuleResult.pass("stock-sufficient", "ok");
    private final RuleResult priceWrong = RuleResult.fail("price-matches-catalogue", "line 1 (A): 10.00 ordered");

    @Test
    void allRulesPassedApprovesAutomatically() {
        Review.Started started = Review.start(order, new Evaluation(List.of(stockOk)), NOW, FOUR_HOURS);

        assertThat(started.review().status).isEqualTo(ReviewStatus.AUTO_APPROVED);
        assertThat(started.review().decidedBy).isEqualTo("auto");
        assertThat(started.results())
                .singleElement()
                .satisfies(r -> assertThat(r.passed).isTrue());
        assertThat(started.event()).isInstanceOfSatisfying(OrderApproved.class, approved -> {
            assertThat(approved.automatic()).isTrue();
            assertThat(approved.approvedBy()).isEqualTo("auto");
            assertThat(approved.reviewId()).isEqualTo(started.review().id);
            assertThat(approved.lines()).containsExactly(new LineQuantity("A", 2), new LineQuantity("B", 1));
            assertThat(approved.requestedShipDate()).isEqualTo(OrderBuilder.SHIP_DATE);
            assertThat(approved.approvedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aFailedRuleHoldsTheOrderListingOnlyTheFailures() {
        Review.Started started = Review.start(order, new Evaluation(List.of(stockOk, priceWrong)), NOW, FOUR_HOURS);

        assertThat(started.review().status).isEqualTo(ReviewStatus.PENDING);
        assertThat(started.review().decidedBy).isNull();
        assertThat(started.results()).extracting(r -> r.position).containsExactly(1, 2);
        assertThat(started.event())
                .isInstanceOfSatisfying(
                        OrderHeld.class,
                        held -> assertThat(held.failedRules())
                                .containsExactly(new OrderHeld.RuleFailure(
                                        "price-matches-catalogue", "line 1 (A): 10.00 ordered")));
    }

    @Test
    void aReviewerApprovesAHeldOrderOnce() {
        Review.Started started = Review.start(order, new Evaluation(List.of(priceWrong)), NOW, FOUR_HOURS);
        Review review = started.review();

        OrderApproved approved = review.approve("rita", NOW.plusSeconds(60), started.lines());

        assertThat(review.status).isEqualTo(ReviewStatus.APPROVED);
        assertThat(approved.automatic()).isFalse();
        assertThat(approved.approvedBy()).isEqualTo("rita");
        assertThat(approved.lines()).hasSize(2);
        assertThatThrownBy(() -> review.reject("rui", null, "too late", NOW))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("review-not-pending"))
                .hasMessageContaining("is APPROVED already by rita");
    }

    @Test
    void aReviewerRejectsWithAReason() {
        Review review = Review.start(order, new Evaluation(List.of(priceWrong)), NOW, FOUR_HOURS)
                .review();

        OrderRejected rejected = review.reject("rita", "PRICE", "Price is outdated", NOW);

        assertThat(review.status).isEqualTo(ReviewStatus.REJECTED);
        assertThat(review.reason).isEqualTo("Price is outdated");
        assertThat(rejected.reasonCode()).isEqualTo("PRICE");
        assertThat(rejected.rejectedBy()).isEqualTo("rita");
        assertThat(rejected.revision()).isEqualTo(1);
    }

    @Test
    void onlyPendingReviewsCanBeDecidedOrSuperseded() {
        Review automatic = Review.start(order, new Evaluation(List.of(stockOk)), NOW, FOUR_HOURS)
                .review();
        Review held = Review.start(order, new Evaluation(List.of(priceWrong)), NOW, FOUR_HOURS)
                .review();

        held.supersede(2, NOW);

        assertThat(held.status).isEqualTo(ReviewStatus.SUPERSEDED);
        assertThat(held.reason).isEqualTo("replaced by revision 2");
        assertThatThrownBy(() -> automatic.approve("rita", NOW, List.of()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("review-not-pending"));
        assertThatThrownBy(() -> held.approve("rita", NOW, List.of()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("review-not-pending"));
    }

    @Test
    void anOverdueOpenReviewEscalatesOnceNamingItsOwner() {
        Review review = Review.start(order, new Evaluation(List.of(priceWrong)), NOW, FOUR_HOURS)
                .review();
        review.claim("reviewer", NOW);
        Instant due = NOW.plus(FOUR_HOURS);

        assertThat(review.escalate("review-service", due)).isNull();
        SlaBreached breach = review.escalate("review-service", due.plusSeconds(1));
        assertThat(breach.kind()).isEqualTo(SlaKind.MANUAL_REVIEW);
        assertThat(breach.subjectId()).isEqualTo(review.id.toString());
        assertThat(breach.owner()).isEqualTo("reviewer");
        assertThat(breach.deadline()).isEqualTo(due);
        assertThat(review.escalatedAt).isEqualTo(due.plusSeconds(1));
        assertThat(review.escalate("review-service", due.plusSeconds(60))).isNull();
    }

    @Test
    void aDecidedReviewIsNeitherEscalatedNorCancelled() {
        Review review = Review.start(order, new Evaluation(List.of(priceWrong)), NOW, FOUR_HOURS)
                .review();
        review.approve("reviewer", NOW, List.of());

        assertThat(review.escalate("review-service", NOW.plus(Duration.ofDays(1))))
                .isNull();
        review.cancel("order-clerk", "customer changed their mind", NOW);
        assertThat(review.status).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void cancellingAnOpenReviewTakesItOutOfTheQueue() {
        Review review = Review.start(order, new Evaluation(List.of(priceWrong)), NOW, FOUR_HOURS)
                .review();

        review.cancel("order-clerk", "customer changed their mind", NOW);

        assertThat(review.status).isEqualTo(ReviewStatus.CANCELLED);
        assertThat(review.isOpen()).isFalse();
        assertThat(review.reason).isEqualTo("order cancelled: customer changed their mind");
    }
}
