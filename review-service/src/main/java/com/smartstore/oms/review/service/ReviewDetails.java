package com.smartstore.oms.review.service;

import com.smartstore.oms.review.domain.Review;
import com.smartstore.oms.review.domain.ReviewLine;
import com.smartstore.oms.review.domain.ReviewNote;
import com.smartstore.oms.review.domain.ReviewRuleResult;
import java.util.List;

/** A review with what was reviewed (its lines), what each rule said, and the reviewers' notes. */
public record ReviewDetails(
        Review review, List<ReviewLine> lines, List<ReviewRuleResult> results, List<ReviewNote> notes) {}
