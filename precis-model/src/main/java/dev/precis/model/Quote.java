package dev.precis.model;

import java.util.Objects;

/**
 * Who said what: a quote's content, its speaker and the cue that attributes it.
 * Immutable and thread-safe.
 *
 * @param range the whole attribution (content, cue and speaker) in the article text
 * @param content the quoted or reported content, without its outer quotation marks; a quote interrupted by its
 *                attribution ("“A,” she said, “B.”") or carried into the next paragraph is one quote whose
 *                content runs from its first quoted word to its last, the words between included
 * @param kind direct or indirect
 * @param speaker the speaker's canonical name or description; null when unknown
 * @param speakerRange where the speaker is named in the text (may be a pronoun resolved elsewhere), or null
 * @param cue the attributing verb or phrase ("said", "according to"), or null
 */
public record Quote(TextRange range, TextRange content, QuoteKind kind, String speaker,
                    TextRange speakerRange, String cue) {

    public Quote {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
    }
}
