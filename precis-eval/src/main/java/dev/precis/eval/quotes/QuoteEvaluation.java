package dev.precis.eval.quotes;

import dev.precis.model.Quote;
import dev.precis.nlp.QuoteFinder;
import dev.precis.nlp.SentenceSplitter;
import dev.precis.nlp.EntityRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores a {@link QuoteFinder} on PolNeAR: a gold attribution is found when a predicted quote's
 * content overlaps its content span; its speaker is right when the predicted speaker mention
 * overlaps the gold source span. Reported for all attributions, for direct speech (content in
 * quotation marks) and for speech-verb attributions (cue is a verb of saying), since PolNeAR also
 * marks beliefs and intentions. Precision: predicted quotes overlapping some gold content. Thread-safe
 * if the stages are.
 *
 * <p>Overlap alone credits a quote that holds a few of the gold words: half of a quote interrupted by
 * its attribution ("“A,” she said, “B.”", one attribution in PolNeAR) counts as found. So each subset is
 * also scored strictly: found when one predicted quote covers at least half of the gold content's
 * characters, speaker right as above. Direct speech is content opening at a double quotation mark; the same set
 * with content opening at two apostrophes or backticks too is scored apart.
 */
public final class QuoteEvaluation {

    private static final Pattern SPEECH_CUE = Pattern.compile("(?i).*\\b(?:said|says|say|saying|told|tell|tells"
            + "|added|adds|stated|states|claimed|claims|argued|argues|noted|notes|asked|asks|explained|wrote"
            + "|writes|declared|announced|insisted|warned|according|affirmed|replied|responded|stressed"
            + "|continued|remarked|commented|testified|tweeted|reported|reports|insists|suggested|admitted|denied)\\b.*");

    /** Counts for one subset of the gold attributions. */
    public record Counts(int gold, int found, int speakerRight, int covered, int coveredSpeakerRight) {

        public double contentRecall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double speakerAccuracy() {
            return found == 0 ? 0 : (double) speakerRight / found;
        }

        /** Share of the gold attributions that one predicted quote covers at least half of. */
        public double coveredRecall() {
            return gold == 0 ? 0 : (double) covered / gold;
        }

        /** Of those covered, the share whose speaker is right. */
        public double coveredSpeakerAccuracy() {
            return covered == 0 ? 0 : (double) coveredSpeakerRight / covered;
        }
    }

    /**
     * A direct quote found with the wrong speaker, or missed: the document, the start of the gold
     * content, the gold source and cue as written, and the predicted speaker as written (null when missed).
     */
    public record Miss(String document, String content, String goldSource, String cue, String predictedSpeaker) {
    }

    /**
     * Results per subset, the precision of the predictions and the direct-speech misses in document order;
     * {@code directOrTwoMarks} counts direct speech with the quotes opened by two apostrophes or backticks too.
     */
    public record Result(int documents, Counts all, Counts direct, Counts speechVerb, int predicted,
                         int predictedMatching, List<Miss> directMisses, int directLost, Counts directOrTwoMarks) {

        public double precision() {
            return predicted == 0 ? 0 : (double) predictedMatching / predicted;
        }
    }

    private final SentenceSplitter splitter;
    private final EntityRecognizer recognizer;
    private final QuoteFinder finder;

    public QuoteEvaluation(SentenceSplitter splitter, EntityRecognizer recognizer, QuoteFinder finder) {
        this.splitter = splitter;
        this.recognizer = recognizer;
        this.finder = finder;
    }

    /** Evaluates {@code dir/text/*.txt} against the first annotator file of each in {@code dir/attributions}. */
    public Result evaluate(Path dir) throws IOException {
        return evaluate(dir, TextPerturbation.NONE);
    }

    /**
     * As {@link #evaluate(Path)}, on each text rewritten by {@code perturbation} with its gold spans moved along;
     * whether an attribution is direct speech is read on the original text, so every form scores the same gold.
     */
    public Result evaluate(Path dir, TextPerturbation perturbation) throws IOException {
        return evaluate(dir, (text, n) -> perturbation.apply(text));
    }

    /**
     * As {@link #evaluate(Path)}, on the text {@code rewrite} makes of each document (its second argument counts
     * the documents from 0), gold spans moved by its map; a direct quote whose content is nowhere in the rewritten
     * text (a page path dropped it) is missed and counted in {@link Result#directLost()}.
     */
    public Result evaluate(Path dir, java.util.function.BiFunction<String, Integer, TextPerturbation.Perturbed> rewrite)
            throws IOException {
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IOException(dir + ": expected text/ and attributions/ folders");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int[] all = new int[5];
        int[] direct = new int[5];
        int[] twoMarks = new int[5];
        int[] speech = new int[5];
        int predicted = 0;
        int matching = 0;
        int documents = 0;
        List<Miss> misses = new java.util.ArrayList<>();
        int lost = 0;
        for (Path f : files) {
            String base = f.getFileName().toString().replaceAll("\\.txt$", "");
            Path ann;
            try (Stream<Path> s = Files.list(anns)) {
                ann = s.filter(p -> p.getFileName().toString().startsWith(base + "_")).sorted().findFirst().orElse(null);
            }
            if (ann == null) {
                continue;
            }
            documents++;
            PolnearDocument original = PolnearDocument.read(f, ann);
            TextPerturbation.Perturbed changed = rewrite.apply(original.text(), documents - 1);
            PolnearDocument doc = moved(original, changed);
            String text = doc.text();
            var sentences = splitter.split(text);
            List<Quote> quotes = finder.find(text, sentences, recognizer.recognize(text, sentences));
            predicted += quotes.size();
            for (Quote q : quotes) {
                boolean hit = false;
                for (PolnearDocument.Attribution a : doc.attributions()) {
                    hit |= overlaps(q.content().start(), q.content().end(), a.content());
                }
                matching += hit ? 1 : 0;
            }
            for (int k = 0; k < doc.attributions().size(); k++) {
                PolnearDocument.Attribution a = doc.attributions().get(k);
                Quote match = null;
                for (Quote q : quotes) {
                    if (overlaps(q.content().start(), q.content().end(), a.content())) {
                        match = q;
                        if (speakerRight(q, a)) {
                            break;
                        }
                    }
                }
                boolean isDirect = isDirect(original.text(), original.attributions().get(k).content());
                int[] cue = a.cue() != null && a.cue()[0] < 0 ? original.attributions().get(k).cue() : a.cue();
                String cueText = cue == null ? null : (cue == a.cue() ? text : original.text()).substring(cue[0], cue[1]);
                boolean isSpeech = cueText != null && SPEECH_CUE.matcher(cueText.toLowerCase(Locale.ROOT)).matches();
                int found = match == null ? 0 : 1;
                int right = match != null && speakerRight(match, a) ? 1 : 0;
                Quote cover = null;
                for (Quote q : quotes) {
                    if (covers(q, a.content())) {
                        cover = q;
                        if (speakerRight(q, a)) {
                            break;
                        }
                    }
                }
                int covered = cover == null ? 0 : 1;
                int coveredRight = cover != null && speakerRight(cover, a) ? 1 : 0;
                add(all, found, right, covered, coveredRight);
                if (isDirect) {
                    add(direct, found, right, covered, coveredRight);
                    lost += a.content()[0] < 0 ? 1 : 0;
                    if (right == 0 || coveredRight == 0) {
                        // a quote found with the right speaker but covering less than half of the gold words is
                        // listed too, marked: "X said “A” B" whose gold content runs past the closing mark
                        String who = match == null ? null : match.speakerRange() == null ? "(none)"
                                : snippet(text, match.speakerRange().start(), match.speakerRange().end());
                        misses.add(new Miss(base, snippet(text, a.content()[0], a.content()[1]),
                                a.source() == null ? null : snippet(text, a.source()[0], a.source()[1]),
                                a.cue() == null ? null : snippet(text, a.cue()[0], a.cue()[1]),
                                right == 1 ? "UNDER HALF " + who : who));
                    }
                }
                if (isDirect || opensWithTwoMarks(original.text(), original.attributions().get(k).content())) {
                    add(twoMarks, found, right, covered, coveredRight);
                }
                if (isSpeech) {
                    add(speech, found, right, covered, coveredRight);
                }
            }
        }
        return new Result(documents, counts(all), counts(direct), counts(speech), predicted, matching, List.copyOf(misses), lost,
                counts(twoMarks));
    }

    private static PolnearDocument moved(PolnearDocument doc, TextPerturbation.Perturbed changed) {
        List<PolnearDocument.Attribution> moved = new java.util.ArrayList<>();
        for (PolnearDocument.Attribution a : doc.attributions()) {
            moved.add(new PolnearDocument.Attribution(changed.span(a.source()), changed.span(a.cue()), changed.span(a.content())));
        }
        return new PolnearDocument(doc.name(), changed.text(), moved);
    }

    private static String snippet(String text, int start, int end) {
        if (start < 0) {
            return "(not in the analysed text)";
        }
        String s = text.substring(Math.max(0, start), Math.min(text.length(), end)).replaceAll("\\s+", " ").strip();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static boolean speakerRight(Quote q, PolnearDocument.Attribution a) {
        return a.source() != null && q.speakerRange() != null
                && overlaps(q.speakerRange().start(), q.speakerRange().end(), a.source());
    }

    private static boolean isDirect(String text, int[] content) {
        for (int i = Math.max(0, content[0] - 2); i < Math.min(text.length(), content[0] + 2); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the content opens right after two apostrophes or backticks, the typewriter quotation marks of wire and
     * newspaper copy (``…'' and ''…'', the NYT articles of PolNeAR): direct speech that {@link #isDirect} leaves out,
     * scored on a line of its own so the direct-speech figure stays comparable with earlier records.
     */
    static boolean opensWithTwoMarks(String text, int[] content) {
        for (int i = Math.max(0, content[0] - 3); i < Math.min(text.length() - 1, content[0] + 1); i++) {
            if (text.startsWith("''", i) || text.startsWith("``", i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(int start, int end, int[] span) {
        return start < span[1] && span[0] < end;
    }

    /** Whether the quote's content covers at least half of the characters of {@code span}. */
    static boolean covers(Quote q, int[] span) {
        int shared = Math.min(q.content().end(), span[1]) - Math.max(q.content().start(), span[0]);
        return shared > 0 && 2L * shared >= span[1] - span[0];
    }

    private static void add(int[] c, int found, int right, int covered, int coveredRight) {
        c[0]++;
        c[1] += found;
        c[2] += right;
        c[3] += covered;
        c[4] += coveredRight;
    }

    private static Counts counts(int[] c) {
        return new Counts(c[0], c[1], c[2], c[3], c[4]);
    }
}
