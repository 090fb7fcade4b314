package dev.precis.extract;

import dev.precis.model.OncePerJvm;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Guesses a text's language with Apache OpenNLP's language detector (the 103-language model from
 * {@code opennlp-models-langdetect} on the classpath) and answers ISO 639-1 codes. {@link #load()}
 * reads the model once per JVM and hands every caller the same guesser: thread-safe (a detector per
 * call; the model is immutable).
 *
 * <pre>{@code
 * LanguageGuesser guesser = LanguageGuesser.load();
 * String code = guesser.guess("Der Bundestag hat am Donnerstag ...", null); // "de"
 * }</pre>
 */
public final class LanguageGuesser {

    private static final String MODEL = "/langdetect-183.bin";
    private static final int SAMPLE_CHARS = 600;
    /**
     * The model's cost grows with the text it reads: most pages' first 200 characters already settle
     * their language, and only when those leave the model unsure is the whole sample read.
     */
    private static final int FIRST_CHARS = 200;
    /** How many times the runner-up's confidence the first characters' best must have to settle it. */
    private static final double SURE_RATIO = 3.0;
    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO1.put(new Locale(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException ignored) {
                // a language without a three-letter code cannot be returned by the model either
            }
        }
        // the model uses a few codes that differ from the JDK's ISO 639-2/T table
        ISO3_TO_ISO1.put("cmn", "zh");
        ISO3_TO_ISO1.put("zho", "zh");
        ISO3_TO_ISO1.put("pes", "fa");
        ISO3_TO_ISO1.put("nob", "nb");
        ISO3_TO_ISO1.put("ekk", "et");
        ISO3_TO_ISO1.put("lvs", "lv");
        ISO3_TO_ISO1.put("zsm", "ms");
        ISO3_TO_ISO1.put("swh", "sw");
        ISO3_TO_ISO1.put("arb", "ar");
        ISO3_TO_ISO1.put("azj", "az");
        ISO3_TO_ISO1.put("uzn", "uz");
        ISO3_TO_ISO1.put("khk", "mn");
        ISO3_TO_ISO1.put("plt", "mg");
    }

    private final LanguageDetectorModel model;

    private LanguageGuesser(LanguageDetectorModel model) {
        this.model = model;
    }

    /** The one guesser of this JVM, read on first use (the model holds about 40 MB of heap). */
    private static final OncePerJvm<LanguageGuesser> SHARED = new OncePerJvm<>(LanguageGuesser::read);

    /**
     * The guesser, its model read from the classpath on the first call and shared by every later
     * call (a second copy would only cost memory: the model is immutable); fails with a clear message
     * when the model is missing.
     */
    public static LanguageGuesser load() {
        return SHARED.get();
    }

    private static LanguageGuesser read() {
        try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL
                        + " is not on the classpath (dependency opennlp-models-langdetect missing)");
            }
            return new LanguageGuesser(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read language model " + MODEL + ": " + e.getMessage(), e);
        }
    }

    /**
     * The ISO 639-1 code of {@code text}'s language. Short or ambiguous texts fall back to
     * {@code declared} (the page's lang attribute), which may be null.
     */
    public String guess(String text, String declared) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String declaredCode = normalizeDeclared(declared);
        if (sample.strip().length() < 40) {
            return declaredCode;
        }
        Language[] ranked = rank(sample);
        if (ranked.length == 0) {
            return declaredCode;
        }
        String best = ISO3_TO_ISO1.getOrDefault(ranked[0].getLang(), ranked[0].getLang());
        if (declaredCode != null && !declaredCode.equals(best) && ranked.length > 1) {
            // trust the page when it names the runner-up and the model is unsure
            String second = ISO3_TO_ISO1.getOrDefault(ranked[1].getLang(), ranked[1].getLang());
            if (declaredCode.equals(second) && ranked[0].getConfidence() < 2 * ranked[1].getConfidence()) {
                return declaredCode;
            }
        }
        return best;
    }

    /** The model's ranking of {@code sample}, from its first characters when they settle it. */
    private Language[] rank(String sample) {
        LanguageDetectorME detector = new LanguageDetectorME(model);
        if (sample.length() > FIRST_CHARS) {
            Language[] first = detector.predictLanguages(sample.substring(0, FIRST_CHARS));
            if (first.length > 1 && first[0].getConfidence() >= SURE_RATIO * first[1].getConfidence()) {
                return first;
            }
        }
        return detector.predictLanguages(sample);
    }

    static String normalizeDeclared(String declared) {
        if (declared == null) {
            return null;
        }
        String d = declared.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = d.indexOf('-');
        if (dash > 0) {
            d = d.substring(0, dash);
        }
        return d.length() == 2 && Character.isLetter(d.charAt(0)) && Character.isLetter(d.charAt(1)) ? d : null;
    }
}
