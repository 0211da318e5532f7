package com.smartstore.oms.review.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer's note: whom they contacted and what was said. */
public record NoteRequest(@NotBlank @Size(max = 4000) String text) {}
