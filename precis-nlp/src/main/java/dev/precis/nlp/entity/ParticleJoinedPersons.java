package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * A person's name held together by a lower-case particle of Arabic or South Asian naming — "Fadi el-Sayed", "Aylin
 * bin Said", "Anwarul ul Haq", "Hamdan bin Khalfan al-Rawahi" — when the model, which never saw the given name,
 * left it out or read its parts apart ("Sayed" alone, "Salim" a place and "al-Otaibi" a body). Part of {@link
 * ListAndRulePass}, before {@link HyphenatedNames} (which would read an untagged "el-Sayed" as a body). The shape:
 * one or two capitalised name words, then a particle ("bin", "ibn", "bint", "binti", "ul", "ud", or the article
 * "al"/"el" with its hyphen in any of the tokenizer's ways), then a capitalised word, and again a particle and a
 * word at most twice. Not taken: a title, common word, month or first word after "the" as the given name (those are
 * places and bodies: "the Masjid al-Haram"); a name followed by an organisation's head word ("… al-Aqsa Brigades");
 * a run the lists hold as a place or organisation, or that a model mention of another type spans whole.
 * Stateless.
 */
final class ParticleJoinedPersons {

    private static final Set<String> WORD_PARTICLES = Set.of("bin", "ibn", "bint", "binti", "ul", "ud");
    private static final Set<String> ARTICLES = Set.of("al", "el");
    private static final int MAX_GIVEN = 2;
    private static final int MAX_LINKS = 3;

    private ParticleJoinedPersons() {
    }

    /** A hyphened given name of two syllables, the second in lower case ("Ji-hoon", "Seo-yeon", "Min-jun"). */
    private static final java.util.regex.Pattern HYPHENED_GIVEN = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{2,5}");

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        hyphenedGivenNames(tokens, mentions, sentence, gazetteer);
        for (int i = 1; i + 1 < tokens.length; i++) {
            if (particleWidth(tokens, i) == 0) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < MAX_GIVEN && givenWord(tokens[start - 1], gazetteer)) {
                start--;
            }
            for (MentionDraft m : mentions) {
                if (m.sentence == sentence && m.start > start && m.start < i && m.end > i) {
                    start = m.start; // a mention over the particle keeps its start ("Generalissimo Yasmin al-…")
                }
            }
            if (start == i || start > 0 && (tokens[start - 1].equals("the") || tokens[start - 1].equals("The"))) {
                continue;
            }
            int end = i;
            int links = 0;
            int width;
            while (links < MAX_LINKS && (width = particleWidth(tokens, end)) != 0) {
                end += Math.abs(width) + (width > 0 ? 1 : 0);
                links++;
                if (end > tokens.length) {
                    end = -1;
                    break;
                }
            }
            if (end > 0 && end < tokens.length && capitalisedWord(tokens[end]) && givenWord(tokens[end], gazetteer)
                    && !gazetteer.isOrganisationHead(tokens[end])) {
                end++; // "ul Haq Bugti": a surname after the joined part
            }
            if (end < 0 || end < tokens.length && (gazetteer.isOrganisationHead(tokens[end])
                    || ProperNameRule.ORG_WORDS.contains(tokens[end]) || tokens[end].equals("Brigades"))) {
                i = Math.max(i, end - 1);
                continue;
            }
            if (join(tokens, mentions, sentence, start, end, gazetteer)) {
                i = end - 1;
            }
        }
    }

    /**
     * "Sung-min Suzuki": the model takes the surname and leaves the hyphened given name before it, a shape it never
     * saw in training. The given name joins the person when nothing tagged it and neither half is an ordinary word
     * ("Well-known", "Co-founder", "Ex-minister" stay out).
     */
    private static void hyphenedGivenNames(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (MentionDraft m : mentions) {
            if (m.sentence != sentence || !m.type.equals(EntityTypes.PERSON) || m.start == 0) {
                continue;
            }
            int width = 1;
            String t = tokens[m.start - 1];
            if (m.start >= 3 && tokens[m.start - 2].equals("-")) {
                width = 3; // "Sung" "-" "min", as the tokenizer may leave it
                t = tokens[m.start - 3] + "-" + tokens[m.start - 1];
            } else if (m.start >= 2 && t.startsWith("-") && !t.equals("-")) {
                width = 2; // "Sung" "-min"
                t = tokens[m.start - 2] + t;
            }
            int dash = t.indexOf('-');
            if (dash < 0 || !HYPHENED_GIVEN.matcher(t).matches() || gazetteer.isCommonWord(t)
                    || gazetteer.isCommonWord(t.substring(0, dash)) || gazetteer.isCommonWord(t.substring(dash + 1))
                    || gazetteer.isTitleWord(t) || ListAndRulePass.capitalised(tokens[m.start]) && Gazetteer.isUpper(tokens[m.start])) {
                continue;
            }
            boolean free = true;
            for (MentionDraft o : mentions) {
                free &= o.sentence != sentence || o.end <= m.start - width || o.start >= m.start;
            }
            if (free) {
                m.start -= width;
            }
        }
    }

    /**
     * Tokens of a particle and the capitalised word after it at {@code i}: 2 ("bin" "Said", "al-" "Rawahi"), 3
     * ("al" "-" "Rawahi"), 2 for "al" "-Rawahi"; -1 for one token holding both ("al-Rawahi"); 0 if none. A positive
     * width counts the word too, less one (the caller adds it back), so that 1 + width tokens are taken.
     */
    private static int particleWidth(String[] tokens, int i) {
        if (i >= tokens.length) {
            return 0;
        }
        String t = tokens[i];
        char first = t.isEmpty() ? ' ' : t.charAt(0);
        if (first != 'b' && first != 'i' && first != 'u' && first != 'a' && first != 'e') {
            return 0; // every particle opens with one of these letters: most words are passed over without a set look
        }
        if (WORD_PARTICLES.contains(t) && i + 1 < tokens.length && capitalisedWord(tokens[i + 1])) {
            return 1;
        }
        if (ARTICLES.contains(t) && i + 2 < tokens.length && tokens[i + 1].equals("-") && capitalisedWord(tokens[i + 2])) {
            return 2;
        }
        if (ARTICLES.contains(t) && i + 1 < tokens.length && tokens[i + 1].length() > 2 && tokens[i + 1].charAt(0) == '-'
                && Character.isUpperCase(tokens[i + 1].charAt(1))) {
            return 1;
        }
        if (t.length() == 3 && t.endsWith("-") && ARTICLES.contains(t.substring(0, 2)) && i + 1 < tokens.length
                && capitalisedWord(tokens[i + 1])) {
            return 1;
        }
        if (t.length() > 4 && t.charAt(2) == '-' && ARTICLES.contains(t.substring(0, 2)) && Character.isUpperCase(t.charAt(3))
                && t.chars().skip(4).allMatch(c -> Character.isLetter(c) || c == '\'')) {
            return -1;
        }
        return 0;
    }

    private static boolean capitalisedWord(String t) {
        return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && Character.isLowerCase(t.charAt(t.length() - 1))
                && t.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }

    /** A word that may be a given name before the particle: capitalised letters, no title, common word or month. */
    private static boolean givenWord(String t, Gazetteer gazetteer) {
        return capitalisedWord(t) && !gazetteer.isTitleWord(t) && !gazetteer.isCommonWord(t)
                && !ListAndRulePass.noNameAlone(t) && !TitleFinder.ROLE_WORDS.contains(ListAndRulePass.lower(t))
                && !DocumentLinker.PARTY_MEMBERS.contains(t);
    }

    private static boolean join(String[] tokens, List<MentionDraft> mentions, int sentence, int start, int end,
            Gazetteer gazetteer) {
        Gazetteer.Entry listed = gazetteer.lookup(tokens, start, end);
        if (listed != null && listed.kind() != Gazetteer.Kind.PERSON) {
            return false;
        }
        MentionDraft person = null;
        for (MentionDraft m : mentions) {
            if (m.sentence != sentence || m.end <= start || end <= m.start) {
                continue;
            }
            if (m.start < start || m.end > end) {
                return false; // a longer name holds the run: left to the rules that made it
            }
            boolean whole = m.start == start && m.end == end;
            if (whole && m.type.equals(EntityTypes.PERSON)) {
                return false; // already right
            }
            if (!m.type.equals(EntityTypes.PERSON) && (whole || m.canonical != null || m.ruleBased)) {
                return false;
            }
            if (m.type.equals(EntityTypes.PERSON) && person == null) {
                person = m;
            }
        }
        mentions.removeIf(m -> m.sentence == sentence && m.start >= start && m.end <= end);
        MentionDraft joined = new MentionDraft(sentence, start, end, EntityTypes.PERSON, true);
        if (person != null) {
            joined.canonical = null;
        }
        int at = 0;
        while (at < mentions.size() && mentions.get(at).compareTo(joined) < 0) {
            at++;
        }
        mentions.add(at, joined);
        return true;
    }
}
