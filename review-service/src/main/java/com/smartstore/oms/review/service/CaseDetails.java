package com.smartstore.oms.review.service;

import com.smartstore.oms.review.domain.CaseHistoryEntry;
import com.smartstore.oms.review.domain.ExceptionCase;
import java.util.List;

/** A case with its history, oldest step first. */
public record CaseDetails(ExceptionCase exceptionCase, List<CaseHistoryEntry> history) {}
