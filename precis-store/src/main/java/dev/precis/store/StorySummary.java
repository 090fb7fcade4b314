package dev.precis.store;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A short summary of a story drawn from its articles' own summaries: 3–5 sentences, no two saying the
 * same thing, in the order of their articles' dates, each pointing at the article and the characters it
 * came from. Immutable.
 *
 * @param storyId the story
 * @param since the earliest publication date considered (ISO), or null for all articles
 * @param addedSince since when an article added to the library counts (ISO instant, {@link DigestWindow#addedFrom()}):
 *     the start of a duration ({@code 24h}) or moment window, or of a date window's date; null for the whole story
 * @param addedSinceFor which articles {@code addedSince} takes: "all", or "undated" in a date window; null for the whole story
 * @param sentences the sentences in time order
 */
public record StorySummary(long storyId, String since, String addedSince, String addedSinceFor, List<Sentence> sentences) {

    public StorySummary {
        sentences = List.copyOf(sentences);
    }

    /** A summary over a window (the digest's) or, when {@code window} is null, the whole story. */
    StorySummary(long storyId, DigestWindow window, List<Sentence> sentences) {
        this(storyId, window == null ? null : window.since().toString(), window == null ? null : window.addedFrom().toString(),
                window == null ? null : window.addedSinceFor(), sentences);
    }

    /** A summary over a publication-date window (or the whole story when {@code since} is null). */
    public StorySummary(long storyId, String since, List<Sentence> sentences) {
        this(storyId, since, null, null, sentences);
    }

    /**
     * One summary sentence.
     *
     * @param articleId the stored article it comes from
     * @param start first character in the article's text
     * @param end one past its last character
     * @param text the sentence ({@code body.substring(start, end)})
     * @param published the article's publication date or null
     * @param source the article's source or null
     * @param speaker who is quoted in the sentence (the speaker of the first attributed quote that overlaps
     *     it, as the quote finder resolved it), or null
     * @param articleTitle the headline of the article it comes from (what a reader is shown as its source), or null
     * @param articleUrl that article's own address (where it was read), or null (pasted text, a file)
     * @param relativeDates the time expressions inside the sentence that are written relative to its article's day
     *     ("yesterday", "on Tuesday", "last month") with the calendar value the time resolver gave them against the
     *     article's date, in text order; empty when there are none or the article has no date (nothing to resolve
     *     them against). The stored text keeps them as written; a reader shown the sentence outside its article is
     *     shown the date beside them.
     */
    public record Sentence(long articleId, int start, int end, String text, String published, String source, String speaker,
                           String articleTitle, String articleUrl, List<RelativeDate> relativeDates) {

        public Sentence {
            relativeDates = relativeDates == null ? List.of() : List.copyOf(relativeDates);
        }

        public Sentence(long articleId, int start, int end, String text, String published, String source, String speaker,
                        String articleTitle, String articleUrl) {
            this(articleId, start, end, text, published, source, speaker, articleTitle, articleUrl, List.of());
        }

        public Sentence(long articleId, int start, int end, String text, String published, String source) {
            this(articleId, start, end, text, published, source, null, null);
        }

        public Sentence(long articleId, int start, int end, String text, String published, String source, String speaker,
                        String articleTitle) {
            this(articleId, start, end, text, published, source, speaker, articleTitle, null);
        }

        /**
         * The speaker as a reader needs it after the sentence: null when the sentence already names them —
         * their words ("its chief has said", "a spokesman said") or a name's last word ("Okafor said" for
         * "Grace Okafor") — so the reader is told who speaks only when the sentence does not say it (a
         * quote followed by "he said").
         */
        public String attribution() {
            if (speaker == null || speaker.isBlank()) {
                return null;
            }
            String who = speaker.strip().replaceAll("\\s+", " ");
            if (wholeWords(who, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) {
                return null;
            }
            String last = who.substring(who.lastIndexOf(' ') + 1);
            boolean name = who.indexOf(' ') > 0 && Character.isUpperCase(last.codePointAt(0)) && last.length() > 1;
            return name && wholeWords(last, 0) ? null : speaker;
        }

        /** The sentence's source as a reader is shown it: its article's headline on one line, or "article N" without one. */
        public String headline() {
            String title = articleTitle == null ? "" : articleTitle.replaceAll("\\s+", " ").strip();
            return title.isEmpty() ? "article " + articleId : title;
        }

        private boolean wholeWords(String words, int flags) {
            String spaced = Pattern.quote(words).replace(" ", "\\E\\s+\\Q");
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + spaced + "(?![\\p{L}\\p{N}])", flags).matcher(text).find();
        }

        Sentence withSpeaker(String who) {
            return new Sentence(articleId, start, end, text, published, source, who, articleTitle, articleUrl, relativeDates);
        }

        Sentence withRelativeDates(List<RelativeDate> dates) {
            return new Sentence(articleId, start, end, text, published, source, speaker, articleTitle, articleUrl, dates);
        }
    }

    /**
     * A time expression written relative to its article's day, inside a summary sentence.
     *
     * @param start its first character in the article's text
     * @param end one past its last character
     * @param value the calendar value it resolves to against the article's date (TimeML: {@code 2024-11-19},
     *     {@code 2024-W47}, {@code 2024-10}, {@code 2023}, {@code 2024-11-24TNI})
     */
    public record RelativeDate(int start, int end, String value) {
    }
}
