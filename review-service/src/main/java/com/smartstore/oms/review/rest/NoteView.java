package com.smartstore.oms.review.rest;

import com.smartstore.oms.review.domain.ReviewNote;
import java.time.Instant;

/** A note on a review with who wrote it and when. */
public record NoteView(long id, String author, String text, Instant createdAt) {
    public static NoteView of(ReviewNote note) {
        return new NoteView(note.id, note.author, note.text, note.createdAt);
    }
}
