package dev.precis.eval.quotes;

import dev.precis.model.Quote;
import dev.precis.model.TextRange;
import dev.precis.nlp.EntityRecognizer;
import dev.precis.nlp.QuoteFinder;
import dev.precis.nlp.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a {@link QuoteFinder} on an {@link OffsetQuoteGold} the way the hidden news set reports it: a gold
 * direct quote is <em>found</em> when one predicted quote's content holds at least half of its words; its
 * speaker is <em>right</em> when that quote's speaker mention overlaps the gold mention or name span, or the
 * predicted speaker's name and the gold name agree (the words of one, titles and articles dropped, all among
 * the other's: "Smith" and "Jane Smith" agree, "Jane Smith" and "Tom Smith" do not). Thread-safe if the stages are.
 */
public final class OffsetQuoteScore {

    /** Words not counted when names are compared. */
    private static final Set<String> NAME_NOISE = Set.of("the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gen", "col",
            "lt", "sgt", "cpl", "adm", "gov", "president", "of", "s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    /** A gold quote missed or credited to someone else: the article, its first words, the gold name, the predicted speaker (null when missed). */
    public record Miss(String document, String content, String goldName, String predictedSpeaker) {
    }

    /** Gold quotes, found, found with the right speaker, and the misses in gold order. */
    public record Result(int documents, int gold, int found, int speakerRight, List<Miss> misses) {

        public double foundRate() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double speakerRightOfFound() {
            return found == 0 ? 0 : (double) speakerRight / found;
        }

        public double speakerRightOfAll() {
            return gold == 0 ? 0 : (double) speakerRight / gold;
        }
    }

    private final SentenceSplitter splitter;
    private final EntityRecognizer recognizer;
    private final QuoteFinder finder;

    public OffsetQuoteScore(SentenceSplitter splitter, EntityRecognizer recognizer, QuoteFinder finder) {
        this.splitter = splitter;
        this.recognizer = recognizer;
        this.finder = finder;
    }

    public Result score(OffsetQuoteGold gold) {
        int total = 0;
        int found = 0;
        int right = 0;
        List<Miss> misses = new ArrayList<>();
        for (OffsetQuoteGold.Document doc : gold.documents()) {
            String text = doc.text();
            var sentences = splitter.split(text);
            List<Quote> quotes = finder.find(text, sentences, recognizer.recognize(text, sentences));
            for (OffsetQuoteGold.GoldQuote g : doc.quotes()) {
                total++;
                Quote match = null;
                for (Quote q : quotes) {
                    if (holdsHalfTheWords(q.content(), g.content(), text)) {
                        match = q;
                        if (speakerRight(q, g, doc)) {
                            break;
                        }
                    }
                }
                boolean isRight = match != null && speakerRight(match, g, doc);
                found += match == null ? 0 : 1;
                right += isRight ? 1 : 0;
                if (!isRight) {
                    String predicted = match == null ? null : match.speaker() != null ? match.speaker()
                            : match.speakerRange() != null ? match.speakerRange().slice(text) : "(none)";
                    misses.add(new Miss(doc.id(), snippet(g.content().slice(text)), doc.name(g), predicted));
                }
            }
        }
        return new Result(gold.documents().size(), total, found, right, List.copyOf(misses));
    }

    /** Whether {@code predicted} covers at least half of the words of {@code gold}. */
    static boolean holdsHalfTheWords(TextRange predicted, TextRange gold, String text) {
        int words = 0;
        int held = 0;
        Matcher m = WORD.matcher(text).region(gold.start(), gold.end());
        while (m.find()) {
            words++;
            held += m.start() >= predicted.start() && m.end() <= predicted.end() ? 1 : 0;
        }
        return words > 0 && 2 * held >= words;
    }

    static boolean speakerRight(Quote q, OffsetQuoteGold.GoldQuote g, OffsetQuoteGold.Document doc) {
        TextRange at = q.speakerRange();
        if (at != null && (at.overlaps(g.mention()) || at.overlaps(g.name()))) {
            return true;
        }
        Set<String> gold = nameWords(doc.name(g));
        return namesAgree(gold, nameWords(q.speaker()))
                || (at != null && namesAgree(gold, nameWords(at.slice(doc.text()))));
    }

    private static boolean namesAgree(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
    }

    static Set<String> nameWords(String name) {
        Set<String> out = new HashSet<>();
        if (name == null) {
            return out;
        }
        Matcher m = WORD.matcher(name.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group().replaceAll("'s$", "");
            if (!NAME_NOISE.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String snippet(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
