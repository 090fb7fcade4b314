package dev.precis.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: a single canonical {@code text} plus metadata. Every annotation made later
 * (sentences, entities, quotes, summary sentences) is a {@link TextRange} into {@code text}.
 *
 * <p>{@code url}, {@code byline}, {@code published} and {@code language} are optional and may be
 * {@code null}; use the {@code Optional}-returning helpers to read them. {@code published} is an
 * ISO 8601 string: a date ({@code 2024-11-25}) or a date-time with its offset when known
 * ({@code 2024-11-25T10:15:00+01:00}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Article a = Article.of("a1", "Title", "First paragraph.\n\nSecond one.", paragraphs);
 * Article dated = a.withPublished("2024-11-25");
 * }</pre>
 *
 * @param id stable identifier, never null
 * @param title headline, never null (may be empty)
 * @param text canonical body text, never null
 * @param paragraphs paragraph ranges into {@code text}, in order, non-overlapping
 * @param url canonical URL or null
 * @param byline author line as shown or null
 * @param published ISO 8601 publication date or date-time, or null
 * @param language ISO 639-1 language code or null
 */
public record Article(String id, String title, String text, List<TextRange> paragraphs,
                      String url, String byline, String published, String language) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        int previousEnd = 0;
        for (TextRange p : paragraphs) {
            if (!p.fitsIn(text.length()) || p.start() < previousEnd) {
                throw new IllegalArgumentException("paragraph " + p + " is out of order or outside the text");
            }
            previousEnd = p.end();
        }
    }

    /** An article without optional metadata. */
    public static Article of(String id, String title, String text, List<TextRange> paragraphs) {
        return new Article(id, title, text, paragraphs, null, null, null, null);
    }

    public Optional<String> urlValue() {
        return Optional.ofNullable(url);
    }

    public Optional<String> bylineValue() {
        return Optional.ofNullable(byline);
    }

    public Optional<String> languageValue() {
        return Optional.ofNullable(language);
    }

    /** The calendar date of {@code published}, if it is set and parses. */
    public Optional<LocalDate> publishedDate() {
        if (published == null || published.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Article withUrl(String value) {
        return new Article(id, title, text, paragraphs, value, byline, published, language);
    }

    public Article withByline(String value) {
        return new Article(id, title, text, paragraphs, url, value, published, language);
    }

    public Article withPublished(String value) {
        return new Article(id, title, text, paragraphs, url, byline, value, language);
    }

    public Article withLanguage(String value) {
        return new Article(id, title, text, paragraphs, url, byline, published, value);
    }

    public Article withId(String value) {
        return new Article(value, title, text, paragraphs, url, byline, published, language);
    }

    /** The text of paragraph {@code i}. */
    public String paragraph(int i) {
        return paragraphs.get(i).slice(text);
    }
}
