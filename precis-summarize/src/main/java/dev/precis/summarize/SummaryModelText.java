package dev.precis.summarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text form of a {@link SummaryModel}: one {@code name value} line per feature weight and setting (the
 * second vector's as {@code long.NAME value}), then the trees' lines, so a diff shows what training changed.
 * The {@linkplain SentenceFeatures#OPTIONAL optional} features may be left out (weight 0); settings at their
 * defaults are not written.
 */
final class SummaryModelText {

    /** Prefix of a feature's weight in the second vector ({@link SummaryModel#longWeights()}). */
    static final String LONG_PREFIX = "long.";

    private static final List<String> SETTINGS = List.of("redundancy", "fill", "fillWords", "leadMargin",
            "longFrom", "longLead", "longLeadMargin", "longSpread", "longTeaserFrom",
            "longRedundancy", "longHoldDateline", "longHoldSimilarity", "longTopicFrom", "longTopicBelow",
            "longTopicMeaning", "longSecondSpread", "longSecondHoldDateline", "longSecondHoldLede",
            "beamWidth", "beamCoverage", "beamWords", "beamBudget", "beamMargin", "beamSwaps",
            "beamMinSentences", "beamLedeShare", "beamLedeMargin", "beamSteps");

    private SummaryModelText() {
    }

    /** Reads a model written by {@link #write}; unknown or missing features fail loudly. */
    static SummaryModel read(InputStream in) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        TreeEnsemble.Builder trees = new TreeEnsemble.Builder();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts[0].equals(TreeEnsemble.NODE) || parts[0].equals(TreeEnsemble.LEAF)) {
                try {
                    trees.line(parts);
                } catch (IllegalArgumentException e) {
                    throw new IOException(e.getMessage(), e);
                }
                continue;
            }
            if (parts.length != 2) {
                throw new IOException("summary model: bad line '" + line + "'");
            }
            boolean second = parts[0].startsWith(LONG_PREFIX)
                    && SentenceFeatures.NAMES.contains(parts[0].substring(LONG_PREFIX.length()));
            if (!SETTINGS.contains(parts[0]) && !SentenceFeatures.NAMES.contains(parts[0]) && !second) {
                throw new IOException("summary model: unknown feature '" + parts[0] + "'");
            }
            try {
                values.put(parts[0], Double.parseDouble(parts[1]));
            } catch (NumberFormatException e) {
                throw new IOException("summary model: bad weight '" + parts[1] + "' for " + parts[0]);
            }
        }
        double[] w = new double[SentenceFeatures.NAMES.size()];
        for (int i = 0; i < w.length; i++) {
            Double v = values.get(SentenceFeatures.NAMES.get(i));
            if (v == null && SentenceFeatures.OPTIONAL.contains(SentenceFeatures.NAMES.get(i))) {
                v = 0.0;
            }
            if (v == null) {
                throw new IOException("summary model: missing feature '" + SentenceFeatures.NAMES.get(i) + "'");
            }
            w[i] = v;
        }
        double[] second = null;
        for (String name : SentenceFeatures.NAMES) {
            if (values.containsKey(LONG_PREFIX + name) && !SentenceFeatures.OPTIONAL.contains(name)) {
                second = new double[w.length];
                break;
            }
        }
        for (int i = 0; second != null && i < w.length; i++) {
            Double v = values.get(LONG_PREFIX + SentenceFeatures.NAMES.get(i));
            if (v == null && SentenceFeatures.OPTIONAL.contains(SentenceFeatures.NAMES.get(i))) {
                v = 0.0;
            }
            if (v == null) {
                throw new IOException("summary model: missing long-article weight '" + LONG_PREFIX
                        + SentenceFeatures.NAMES.get(i) + "'");
            }
            second[i] = v;
        }
        double longFrom = values.getOrDefault("longFrom", 0.0);
        if (longFrom != Math.rint(longFrom)) {
            throw new IOException("summary model: longFrom must be a whole number of sentences, got " + longFrom);
        }
        double teaserFrom = values.getOrDefault("longTeaserFrom", 0.0);
        if (teaserFrom != Math.rint(teaserFrom)) {
            throw new IOException("summary model: longTeaserFrom must be a whole number of sentences, got " + teaserFrom);
        }
        double topicFrom = values.getOrDefault("longTopicFrom", 0.0);
        if (topicFrom != Math.rint(topicFrom)) {
            throw new IOException("summary model: longTopicFrom must be a whole number of sentences, got " + topicFrom);
        }
        double holdDateline = values.getOrDefault("longHoldDateline", 0.0);
        if (holdDateline != 0 && holdDateline != 1) {
            throw new IOException("summary model: longHoldDateline must be 0 or 1, got " + holdDateline);
        }
        double secondDateline = values.getOrDefault("longSecondHoldDateline", 0.0);
        if (secondDateline != 0 && secondDateline != 1) {
            throw new IOException("summary model: longSecondHoldDateline must be 0 or 1, got " + secondDateline);
        }
        double secondLede = values.getOrDefault("longSecondHoldLede", 0.0);
        if (secondLede != Math.rint(secondLede)) {
            throw new IOException("summary model: longSecondHoldLede must be a whole number of words, got " + secondLede);
        }
        double topicMeaning = values.getOrDefault("longTopicMeaning", 0.0);
        if (topicMeaning != 0 && topicMeaning != 1) {
            throw new IOException("summary model: longTopicMeaning must be 0 or 1, got " + topicMeaning);
        }
        double beamWidth = values.getOrDefault("beamWidth", 1.0);
        if (beamWidth != Math.rint(beamWidth)) {
            throw new IOException("summary model: beamWidth must be a whole number of choices, got " + beamWidth);
        }
        double beamBudget = values.getOrDefault("beamBudget", (double) SummaryBeam.Budget.BEAM.ordinal());
        if (beamBudget != Math.rint(beamBudget) || beamBudget < 0 || beamBudget >= SummaryBeam.Budget.values().length) {
            throw new IOException("summary model: beamBudget must be 0 (greedy), 1 (beam) or 2 (stop), got " + beamBudget);
        }
        double beamMinSentences = values.getOrDefault("beamMinSentences", 0.0);
        if (beamMinSentences != Math.rint(beamMinSentences)) {
            throw new IOException("summary model: beamMinSentences must be a whole number of sentences, got "
                    + beamMinSentences);
        }
        double beamSwaps = values.getOrDefault("beamSwaps", 0.0);
        if (beamSwaps != Math.rint(beamSwaps)) {
            throw new IOException("summary model: beamSwaps must be a whole number of sentences, got " + beamSwaps);
        }
        double beamSteps = values.getOrDefault("beamSteps", (double) SummaryBeam.BRANCHING_STEPS);
        if (beamSteps != Math.rint(beamSteps)) {
            throw new IOException("summary model: beamSteps must be a whole number of steps, got " + beamSteps);
        }
        double fillWords = values.getOrDefault("fillWords", 0.0);
        if (fillWords != Math.rint(fillWords) || fillWords < 0) {
            throw new IOException("summary model: fillWords must be a whole number of words >= 0, got " + fillWords);
        }
        try {
            SummaryBeam beam = new SummaryBeam((int) beamWidth, values.getOrDefault("beamCoverage", 0.0),
                    values.getOrDefault("beamWords", 0.0), SummaryBeam.Budget.values()[(int) beamBudget],
                    values.getOrDefault("beamMargin", 0.0), (int) beamSwaps, (int) beamMinSentences,
                    values.getOrDefault("beamLedeShare", 0.0), values.getOrDefault("beamLedeMargin", 0.0),
                    (int) beamSteps);
            LeadNewsSignal signal = new LeadNewsSignal(holdDateline == 1,
                    values.getOrDefault("longHoldSimilarity", Double.POSITIVE_INFINITY), (int) topicFrom,
                    values.getOrDefault("longTopicBelow", 0.0), topicMeaning == 1);
            return new SummaryModel(w, values.getOrDefault("redundancy", 1.0),
                    values.getOrDefault("fill", Double.POSITIVE_INFINITY), values.getOrDefault("leadMargin", 0.0),
                    new LongArticleGate((int) longFrom, values.getOrDefault("longLead", 0.0),
                            values.getOrDefault("longLeadMargin", 0.0),
                            values.getOrDefault("longSpread", Double.NEGATIVE_INFINITY), (int) teaserFrom,
                            values.getOrDefault("longRedundancy", Double.NaN)), signal, second,
                    new SecondVectorHold(values.getOrDefault("longSecondSpread", Double.NEGATIVE_INFINITY),
                            secondDateline == 1, (int) secondLede), trees.build(), beam, (int) fillWords);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
    static void write(SummaryModel m, Writer out) throws IOException {
        out.write("# Precis summary model: logistic-regression weights per sentence feature\n");
        writeSettings(m, out);
        m.trees().write(out);
    }

    private static void writeBeam(SummaryBeam beam, Writer out) throws IOException {
        if (beam.equals(SummaryBeam.NONE)) {
            return;
        }
        out.write("beamWidth " + beam.width() + "\n");
        out.write("beamCoverage " + String.format(Locale.ROOT, "%.6f", beam.coverage()) + "\n");
        out.write("beamWords " + String.format(Locale.ROOT, "%.6f", beam.words()) + "\n");
        if (beam.budget() != SummaryBeam.Budget.BEAM) {
            out.write("beamBudget " + beam.budget().ordinal() + "\n");
        }
        if (beam.margin() != 0) {
            out.write("beamMargin " + String.format(Locale.ROOT, "%.6f", beam.margin()) + "\n");
        }
        if (beam.swaps() != 0) {
            out.write("beamSwaps " + beam.swaps() + "\n");
        }
        if (beam.minSentences() != 0) {
            out.write("beamMinSentences " + beam.minSentences() + "\n");
        }
        if (beam.ledeShare() != 0) {
            out.write("beamLedeShare " + String.format(Locale.ROOT, "%.6f", beam.ledeShare()) + "\n");
        }
        if (beam.ledeMargin() != 0) {
            out.write("beamLedeMargin " + String.format(Locale.ROOT, "%.6f", beam.ledeMargin()) + "\n");
        }
        if (beam.steps() != SummaryBeam.BRANCHING_STEPS) {
            out.write("beamSteps " + beam.steps() + "\n");
        }
    }

    private static void writeSettings(SummaryModel m, Writer out) throws IOException {
        double[] weights = m.weights();
        double[] longWeights = m.longWeights();
        LongArticleGate longArticles = m.longArticles();
        LeadNewsSignal leadSignal = m.leadSignal();
        SecondVectorHold secondHold = m.secondHold();
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0 && SentenceFeatures.OPTIONAL.contains(SentenceFeatures.NAMES.get(i))) {
                continue;
            }
            out.write(SentenceFeatures.NAMES.get(i) + " " + String.format(Locale.ROOT, "%.6f", weights[i]) + "\n");
        }
        out.write("redundancy " + String.format(Locale.ROOT, "%.6f", m.redundancy()) + "\n");
        if (m.fill() != Double.POSITIVE_INFINITY) {
            out.write("fill " + String.format(Locale.ROOT, "%.6f", m.fill()) + "\n");
        }
        if (m.fillWords() != 0) {
            out.write("fillWords " + m.fillWords() + "\n");
        }
        if (m.leadMargin() != 0) {
            out.write("leadMargin " + String.format(Locale.ROOT, "%.6f", m.leadMargin()) + "\n");
        }
        writeBeam(m.beam(), out);
        if (longArticles.active()) {
            out.write("longFrom " + longArticles.fromSentences() + "\n");
            out.write("longLead " + String.format(Locale.ROOT, "%.6f", longArticles.lead()) + "\n");
            out.write("longLeadMargin " + String.format(Locale.ROOT, "%.6f", longArticles.leadMargin()) + "\n");
            if (longArticles.spreadSet()) {
                out.write("longSpread " + String.format(Locale.ROOT, "%.6f", longArticles.minSpread()) + "\n");
            }
            if (longArticles.teaserSet()) {
                out.write("longTeaserFrom " + longArticles.teaserFrom() + "\n");
            }
            if (longArticles.redundancySet()) {
                out.write("longRedundancy " + String.format(Locale.ROOT, "%.6f", longArticles.redundancy()) + "\n");
            }
            if (leadSignal.holdDatelined()) {
                out.write("longHoldDateline 1\n");
            }
            if (leadSignal.holdSimilarity() != Double.POSITIVE_INFINITY) {
                out.write("longHoldSimilarity " + String.format(Locale.ROOT, "%.6f", leadSignal.holdSimilarity()) + "\n");
            }
            if (longWeights != null) {
                for (int i = 0; i < longWeights.length; i++) {
                    if (longWeights[i] == 0 && SentenceFeatures.OPTIONAL.contains(SentenceFeatures.NAMES.get(i))) {
                        continue;
                    }
                    out.write(LONG_PREFIX + SentenceFeatures.NAMES.get(i) + " "
                            + String.format(Locale.ROOT, "%.6f", longWeights[i]) + "\n");
                }
            }
            if (secondHold.minSpread() != Double.NEGATIVE_INFINITY) {
                out.write("longSecondSpread " + String.format(Locale.ROOT, "%.6f", secondHold.minSpread()) + "\n");
            }
            if (secondHold.holdDatelined()) {
                out.write("longSecondHoldDateline 1\n");
            }
            if (secondHold.holdLedeWords() > 0) {
                out.write("longSecondHoldLede " + secondHold.holdLedeWords() + "\n");
            }
            if (leadSignal.meaning()) {
                out.write("longTopicMeaning 1\n");
            }
            if (leadSignal.freeFrom() > 0) {
                out.write("longTopicFrom " + leadSignal.freeFrom() + "\n");
                out.write("longTopicBelow " + String.format(Locale.ROOT, "%.6f", leadSignal.freeBelow()) + "\n");
            }
        }
    }
}
