package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the recognizer tests share: the default models and recognizer, loaded once for all test classes
 * of the module (loading takes a second or two), and lookups of mentions by their text.
 */
final class EntityTestSupport {

    private static final NewsSentenceSplitter SPLITTER = new NewsSentenceSplitter();
    private static EntityModels models;
    private static StatisticalEntityRecognizer recognizer;

    private EntityTestSupport() {
    }

    static synchronized EntityModels models() {
        if (models == null) {
            models = EntityModels.loadDefault();
        }
        return models;
    }

    static synchronized StatisticalEntityRecognizer recognizer() {
        if (recognizer == null) {
            recognizer = new StatisticalEntityRecognizer(models());
        }
        return recognizer;
    }

    /** The mentions the default recognizer finds in the text, split into sentences as the analysis does. */
    static List<EntityMention> run(String text) {
        return recognizer().recognize(text, SPLITTER.split(text));
    }

    /** The text of each mention, in order. */
    static List<String> surfaces(List<EntityMention> found, String text) {
        return found.stream().map(m -> m.range().slice(text)).toList();
    }

    /** The first mention whose text is {@code surface}, or null. */
    static EntityMention mention(List<EntityMention> found, String text, String surface) {
        return found.stream().filter(m -> m.range().slice(text).equals(surface)).findFirst().orElse(null);
    }

    /** Each of {@code names} is found in {@code text} as a mention of {@code type}. */
    static void assertNames(String text, EntityType type, String... names) {
        List<EntityMention> found = run(text);
        for (String name : names) {
            EntityMention m = mention(found, text, name);
            assertThat(m).as(name + " in " + surfaces(found, text)).isNotNull();
            assertThat(m.type()).as(name).isEqualTo(type);
        }
    }

    /** One sentence of space-separated tokens. */
    static TokenizedText sentence(String... tokens) {
        String text = String.join(" ", tokens);
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        int at = 0;
        for (int i = 0; i < tokens.length; i++) {
            starts[i] = at;
            ends[i] = at + tokens[i].length();
            at = ends[i] + 1;
        }
        return new TokenizedText(text, List.<String[]>of(tokens), List.of(starts), List.of(ends));
    }

    /** Sentences of space-separated tokens, one after another, joined by single spaces. */
    static TokenizedText document(String[]... sentences) {
        List<String[]> tokens = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String[] s : sentences) {
            int[] st = new int[s.length];
            int[] en = new int[s.length];
            for (int i = 0; i < s.length; i++) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                st[i] = text.length();
                text.append(s[i]);
                en[i] = text.length();
            }
            tokens.add(s);
            starts.add(st);
            ends.add(en);
        }
        return new TokenizedText(text.toString(), tokens, starts, ends);
    }
}
