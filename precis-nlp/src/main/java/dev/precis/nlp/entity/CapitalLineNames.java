package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A name of the body written again in a line set in capitals: "TARVI ELECTION COMMISSION DELAYS POLL" over "The
 * Tarvi Election Commission said …" found nothing, "KOVALA NATIONAL CONGRESS WINS" only "CONGRESS". The model reads
 * capitals lines poorly (every word looks like a name), and {@link DocumentLinker}'s finding-again compares the text
 * as written. Here words in capitals that spell a name of two words or more which the document holds in mixed case
 * are that name, with its type and canonical form; the model's mentions inside them give way, one reaching out of
 * them stays. One-word names are left out: "US", "IT", "AIM" in capitals are words as often as names. Part of the
 * document-level pass, after the finding-again. Stateless.
 */
final class CapitalLineNames {

    private CapitalLineNames() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions) {
        Map<String, MentionDraft> known = new HashMap<>();
        int longest = 0;
        for (MentionDraft m : mentions) {
            String text = DocumentLinker.text(doc, m);
            if (m.length() >= 2 && !Gazetteer.isUpper(text)) {
                known.putIfAbsent(text.toUpperCase(Locale.ROOT), m);
                longest = Math.max(longest, m.length());
            }
        }
        List<MentionDraft> added = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount() && longest > 0; s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i + 1 < tokens.length; i++) {
                if (!Gazetteer.isUpper(tokens[i])) {
                    continue;
                }
                for (int len = Math.min(longest, tokens.length - i); len >= 2; len--) {
                    MentionDraft source = known.get(Gazetteer.join(tokens, i, i + len));
                    if (source != null && !crossed(mentions, s, i, i + len)) {
                        int sentence = s;
                        int from = i;
                        int to = i + len;
                        mentions.removeIf(o -> o.sentence == sentence && from <= o.start && o.end <= to);
                        MentionDraft m = new MentionDraft(sentence, from, to, source.type, false);
                        m.canonical = source.canonical != null ? source.canonical : DocumentLinker.text(doc, source);
                        added.add(m);
                        i = to - 1;
                        break;
                    }
                }
            }
        }
        mentions.addAll(added);
        mentions.sort(null);
    }

    /** A mention of sentence {@code s} that overlaps {@code [from, to)} and reaches out of it. */
    private static boolean crossed(List<MentionDraft> mentions, int s, int from, int to) {
        return mentions.stream().anyMatch(o -> o.sentence == s && o.start < to && from < o.end && (o.start < from || o.end > to));
    }
}
