package com.smartstore.oms.review.domain;

import static com.smartstore.oms.kit.testing.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartstore.oms.contracts.events.OrderApproved;
import com.smartstore.oms.contracts.events.OrderRejected;
import com.smartstore.oms.contracts.events.SalesChannel;
import com.smartstore.oms.kit.domain.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue side of a review: deadline, one owner, and the trainee four-eyes rule (R-R3, R-R4, R-T1). */
class ReviewQueueTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Duration FOUR_HOURS = Duration.ofHours(4);
    private final RuleResult priceWrong = RuleResult.fail("price-matches-catalogue", "line 1 (A): 10.00 ordered");

    private Review.Started held() {
        return Review.start(
                anOrder().line("A", 2, "12.50").channel(SalesChannel.SHOPIFY).build(),
                new Evaluation(List.of(priceWrong)),
                NOW,
                FOUR_HOURS);
    }

    @Test
    void aHeldReviewIsDueAfterTheConfiguredTimeAndOverdueOnlyAfterIt() {
        Review review = held().review();

        assertThat(review.dueAt).isEqualTo(NOW.plus(FOUR_HOURS));
        assertThat(review.channel).isEqualTo(SalesChannel.SHOPIFY);
        assertThat(review.isOverdue(review.dueAt)).isFalse();
        assertThat(review.isOverdue(review.dueAt.plusSeconds(1))).isTrue();
        review.approve("rita", NOW, List.of());
        assertThat(review.isOverdue(review.dueAt.plusSeconds(1))).isFalse();
    }

    @Test
    void anAutomaticallyApprovedReviewHasNoDeadline() {
        Review review = Review.start(
                        anOrder().line("A", 1, "1.00").build(),
                        new Evaluation(List.of(RuleResult.pass("stock-sufficient", "ok"))),
                        NOW,
                        FOUR_HOURS)
                .review();

        assertThat(review.dueAt).isNull();
        assertThat(review.isOverdue(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void oneOwnerAtATime() {
        Review review = held().review();

        review.claim("rita", NOW);
        review.claim("rita", NOW.plusSeconds(60));

        assertThat(review.assignee).isEqualTo("rita");
        assertThat(review.claimedAt).isEqualTo(NOW);
        assertThatThrownBy(() -> review.claim("rui", NOW))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("claimed-by-another"))
                .hasMessageContaining("claimed by rita");
        // Only the owner decides (issue 17 case 7): another reviewer's decision is a conflict, nothing changes.
        assertThatThrownBy(() -> review.approve("rui", NOW, List.of()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("claimed-by-another"));
        assertThat(review.status).isEqualTo(ReviewStatus.PENDING);
        review.approve("rita", NOW, List.of());
        assertThatThrownBy(() -> review.claim("rui", NOW))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("review-not-pending"));
    }

    @Test
    void decidingAnUnclaimedReviewClaimsItAndAManagerMayReleaseAClaim() {
        Review unclaimed = held().review();
        unclaimed.reject("rui", null, "wrong price", NOW);
        assertThat(unclaimed.assignee).isEqualTo("rui");

        Review claimed = held().review();
        claimed.claim("rita", NOW);
        assertThatThrownBy(() -> claimed.release("rui", false)).isInstanceOf(Refusal.class);
        claimed.release("boss", true);
        assertThat(claimed.assignee).isNull();
        claimed.approve("rui", NOW, List.of());
        assertThat(claimed.decidedBy).isEqualTo("rui");
    }

    @Test
    void aTraineesApprovalWaitsForASecondReviewer() {
        Review.Started started = held();
        Review review = started.review();

        review.prepareApproval("tina", NOW);

        assertThat(review.status).isEqualTo(ReviewStatus.AWAITING_CONFIRMATION);
        assertThat(review.isOpen()).isTrue();
        assertThat(review.decidedBy).isNull();
        assertThatThrownBy(() -> review.prepareApproval("tina", NOW))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("review-not-pending"));
        assertThatThrownBy(() -> review.confirm("tina", NOW, started.lines()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("same-person"));
        assertThatThrownBy(() -> review.approve("tina", NOW, started.lines()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("same-person"));

        var event = review.confirm("rita", NOW.plusSeconds(60), started.lines());

        assertThat(event).isInstanceOfSatisfying(OrderApproved.class, approved -> {
            assertThat(approved.approvedBy()).isEqualTo("rita");
            assertThat(approved.automatic()).isFalse();
        });
        assertThat(review.status).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.preparedBy).isEqualTo("tina");
        assertThatThrownBy(() -> review.confirm("rui", NOW, started.lines()))
                .isInstanceOfSatisfying(
                        Refusal.class, e -> assertThat(e.code()).isEqualTo("review-not-awaiting-confirmation"));
    }

    @Test
    void aTraineesRejectionKeepsItsReasonUntilConfirmed() {
        Review review = held().review();

        review.prepareRejection("tina", "PRICE", "Outdated price", NOW);

        assertThat(review.reason).isNull();
        var event = review.confirm("rita", NOW, List.of());
        assertThat(event).isInstanceOfSatisfying(OrderRejected.class, rejected -> {
            assertThat(rejected.reasonCode()).isEqualTo("PRICE");
            assertThat(rejected.reason()).isEqualTo("Outdated price");
            assertThat(rejected.rejectedBy()).isEqualTo("rita");
        });
        assertThat(review.status).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void aFullReviewerMayDecideAPreparedReviewThemselvesAndANewRevisionSupersedesIt() {
        Review decided = held().review();
        decided.prepareApproval("tina", NOW);
        decided.reject("rita", null, "Customer cancelled by phone", NOW);
        assertThat(decided.status).isEqualTo(ReviewStatus.REJECTED);

        Review superseded = held().review();
        superseded.prepareApproval("tina", NOW);
        superseded.supersede(2, NOW);
        assertThat(superseded.status).isEqualTo(ReviewStatus.SUPERSEDED);
    }
}
