package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a subheading in capitals run into the body's next sentence ("NAWAZ SHARIF RECEIVES AWARDSharif
 * said …", cut into words by {@link GluedCapitals}). In capitals a word's shape says nothing, so the model reads
 * the subheading's last words as organisations ("AWARD", "SAGA") or runs a name across the glue ("MODI
 * Showering"). Here a name running across the glue is dropped, and a name inside the subheading keeps a type only
 * from the body: the type the article gives the same words elsewhere ("SAMAJWADI PARTY" → the body's "Samajwadi
 * Party"; "SHARIF" → the body's "Nawaz Sharif"), or its own when the article writes the same capitals elsewhere
 * (an acronym, "NTC"); else it is dropped. Only subheadings glued to a body sentence are read: a sentence of
 * capitals (a headline on its own line) is left to the model. Part of the document-level pass
 * ({@link DocumentLinker}); stateless.
 */
final class CapitalsSubheadings {

    private CapitalsSubheadings() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions) {
        boolean[][] inRun = new boolean[doc.sentenceCount()][];
        int[][] glue = new int[doc.sentenceCount()][]; // per token: 1 when a glued word follows it without a space
        boolean any = false;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            inRun[s] = new boolean[tokens.length];
            glue[s] = new int[tokens.length];
            for (int i = 0; i + 1 < tokens.length; i++) {
                if (glued(doc, s, i)) {
                    glue[s][i] = 1;
                    any = true;
                    for (int k = i; k >= 0 && capitalsToken(tokens[k]); k--) {
                        inRun[s][k] = true;
                    }
                }
            }
        }
        if (!any) {
            return;
        }
        Map<String, Map<String, Integer>> bodyTypes = new HashMap<>();
        Map<String, Integer> bodyCapitals = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (inside(inRun[m.sentence], m)) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            String text = Gazetteer.join(tokens, m.start, m.end);
            vote(bodyTypes, text.toLowerCase(Locale.ROOT), m.type);
            vote(bodyTypes, tokens[m.end - 1].toLowerCase(Locale.ROOT), m.type); // a surname alone
        }
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                if (!inRun[s][i]) {
                    bodyCapitals.merge(tokens[i], 1, Integer::sum);
                }
            }
        }
        List<MentionDraft> drop = new ArrayList<>();
        for (MentionDraft m : mentions) {
            boolean crosses = false;
            for (int k = m.start; k < m.end - 1; k++) {
                crosses |= glue[m.sentence][k] == 1;
            }
            if (crosses) {
                drop.add(m);
                continue;
            }
            if (!inside(inRun[m.sentence], m)) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            Map<String, Integer> votes = bodyTypes.get(Gazetteer.join(tokens, m.start, m.end).toLowerCase(Locale.ROOT));
            if (votes != null) {
                m.type = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            } else if (!(m.length() == 1 && bodyCapitals.containsKey(tokens[m.start]) && tokens[m.start].length() >= 2)) {
                drop.add(m);
            }
        }
        mentions.removeAll(drop);
    }

    private static void vote(Map<String, Map<String, Integer>> votes, String key, String type) {
        votes.computeIfAbsent(key, k -> new HashMap<>()).merge(type, 1, Integer::sum);
    }

    private static boolean inside(boolean[] run, MentionDraft m) {
        for (int k = m.start; k < m.end; k++) {
            if (!run[k]) {
                return false;
            }
        }
        return true;
    }

    /** Token {@code i} is a capitals word the next token, a capitalised word, touches without a space. */
    static boolean glued(TokenizedText doc, int s, int i) {
        String[] tokens = doc.sentence(s);
        String a = tokens[i];
        int j = i + 1; // "INFORMATION'Ved": the glued word after an apostrophe
        if ((tokens[j].equals("'") || tokens[j].equals("\u2019")) && j + 1 < tokens.length
                && doc.ends().get(s)[j] == doc.starts().get(s)[j + 1]) {
            j++;
        }
        String b = tokens[j];
        if (doc.ends().get(s)[i] != doc.starts().get(s)[i + 1] || a.length() < GluedCapitals.MIN_CAPITALS
                || !Gazetteer.isUpper(a) || b.length() < 2 || !Character.isUpperCase(b.charAt(0))
                || !Character.isLowerCase(b.charAt(1))) {
            return false;
        }
        for (int k = 0; k < a.length(); k++) {
            if (!Character.isLetter(a.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A word in capitals or a mark a subheading holds ("WHO", "MODI'S", "?", ","). */
    private static boolean capitalsToken(String t) {
        boolean letter = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isLowerCase(c) && !(k > 0 && t.charAt(k - 1) == '\'' && c == 's')) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter || t.equals(",") || t.equals(":") || t.equals("?") || t.equals("'") || t.equals("-") || t.matches("[0-9]+");
    }
}
