package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names of wire copy from outside Europe and America that the model cut in pieces, joined again at sentence
 * level: a person's given name left out before the model's person ("chairman Gohar [Ali Khan]"), an Arabic
 * name held by a capitalised particle ("[Sultan] Al [Jaber]"), a government named with a possessive inside
 * ("[Guangdong Provincial People] 's Government"), a company around "&" closed by its suffix ("[China
 * Petroleum] & [Chemical Corp]"), and a ministry of several portfolios ("Ministry of Planning, Development and
 * Special Initiatives"). Written by hand: the model sees these shapes rarely in its training data, and each
 * join needs the pieces it found. Stateless.
 */
final class WireNameJoins {

    /** Capitalised particles inside Arabic names ("Sultan Al Jaber", "Mohammed Bin Salman", "Ahmed Abu Zeid"). */
    private static final Set<String> ARABIC_PARTICLES = WordSet.of("Al", "El", "Bin", "Bint", "Ibn", "Abu", "Abdel", "Abdul");
    private static final Set<String> POSSESSIVE_PLURALS = WordSet.of("People", "Peoples", "Workers", "Women", "Farmers",
            "Citizens", "Children", "Veterans", "Martyrs", "Patriots");
    private static final Set<String> POSSESSIVE = WordSet.of("'s", "’s", "'", "’");
    /** Suffixes that close a company's name ("Corp", "Ltd", "A.Ş."). */
    static final Set<String> COMPANY_SUFFIXES = WordSet.of("Corp", "Corp.", "Corporation", "Co", "Co.", "Inc", "Inc.",
            "Ltd", "Ltd.", "Limited", "Plc", "PLC", "plc", "Bhd", "Bhd.", "Berhad", "Tbk", "JSC", "PJSC", "SpA", "S.p.A.",
            "SA", "S.A.", "AG", "NV", "N.V.", "A.Ş.", "AŞ", "Group", "Holdings", "Holding", "Company");
    /** Legal forms that close a company's name and nothing else. */
    private static final Set<String> LEGAL_FORMS = WordSet.of("Ltd", "Ltd.", "Limited", "Plc", "PLC", "plc", "Inc", "Inc.",
            "Corp", "Corp.", "Co", "Co.", "Bhd", "Bhd.", "Berhad", "Tbk", "JSC", "PJSC", "OJSC", "SpA", "S.p.A.", "S.A.",
            "AG", "NV", "N.V.", "A.Ş.", "Pte", "Pvt", "Sdn", "LLC", "GmbH");
    /** Legal forms that are other things after a person's or a place's name (South Africa, Attorney General, Nevada). */
    private static final Set<String> AMBIGUOUS_FORMS = WordSet.of("SA", "AG", "NV", "Co", "Co.");
    /** Capitalised words opening a clause that never open a company's name. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("Shares", "Rival", "Rivals", "Both", "Its", "His", "Her",
            "Their", "Our", "Unlike", "Like", "After", "Before", "While", "When", "Meanwhile", "Also", "Only", "Listed",
            "Lender", "Miner", "Insurer", "Carmaker", "Parent", "Unit", "Subsidiary", "Peer", "Peers", "Analysts", "Why",
            "How", "What", "Where", "Who", "Last", "Next", "Earlier", "Later", "Separately", "Elsewhere", "Yet");
    /** State bodies whose name lists portfolios: "Ministry of X, Y and Z". */
    private static final Set<String> PORTFOLIO_HEADS = WordSet.of("Ministry", "Department", "Minister", "Secretary",
            "Committee", "Commission");

    private WireNameJoins() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        mentions.sort(null);
        arabicParticles(tokens, mentions, gazetteer);
        givenNameBefore(tokens, mentions, gazetteer);
        possessiveInside(tokens, mentions);
        ampersandCompanies(tokens, mentions);
        suffixedCompanies(tokens, mentions, gazetteer);
        portfolios(tokens, mentions);
        mentions.sort(null);
    }

    /**
     * "chairman Gohar Ali Khan": an unlisted capitalised word that is no ordinary or title word, right before the
     * model's person of two or three words and after a lower-case word or the sentence's start, is the person's
     * given name.
     */
    private static void givenNameBefore(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (MentionDraft m : mentions) {
            int p = m.start - 1;
            if (!m.type.equals(EntityTypes.PERSON) || m.ruleBased || p < 1 || m.length() < 2 || m.length() > 3
                    || covered(mentions, m.sentence, p) || !nameWord(tokens[p], gazetteer)
                    || !lowerWord(tokens[p - 1])) {
                continue;
            }
            m.start = p;
            m.canonical = null;
        }
    }

    /**
     * "Sultan Al Jaber", "Mohammed Bin Salman": a capitalised Arabic particle between a capitalised word and the
     * model's person makes one person (the model read the given name apart, often as a place).
     */
    private static void arabicParticles(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        List<MentionDraft> drop = new ArrayList<>();
        for (MentionDraft m : mentions) {
            int particle = m.start - 1;
            if (!m.type.equals(EntityTypes.PERSON) || particle < 1 || !ARABIC_PARTICLES.contains(tokens[particle])
                    || covered(mentions, m.sentence, particle) || m.length() > 2) {
                continue;
            }
            int given = particle - 1;
            MentionDraft before = mentionAt(mentions, m.sentence, given);
            String word = tokens[given];
            boolean ok = before == null ? nameWord(word, gazetteer)
                    : before.length() == 1 && before.end == particle && !before.type.equals(EntityTypes.ORGANIZATION)
                    && !gazetteer.isCountry(before.canonical == null ? word : before.canonical);
            if (!ok || !ListAndRulePass.capitalised(word) || gazetteer.isCommonWord(word) || gazetteer.isTitleWord(word)) {
                continue;
            }
            if (before != null) {
                drop.add(before);
            }
            m.start = given;
            m.canonical = null;
        }
        mentions.removeAll(drop);
    }

    /**
     * "Guangdong Provincial People's Government", "Standing Committee of the People's Congress": a name ending
     * in "People" (or "Workers", "Women" …) before a possessive runs on through the capitalised words after it.
     */
    private static void possessiveInside(String[] tokens, List<MentionDraft> mentions) {
        List<MentionDraft> drop = new ArrayList<>();
        for (MentionDraft m : mentions) {
            int e = m.end;
            if (m.type.equals(EntityTypes.PERSON) || e + 1 >= tokens.length || !POSSESSIVE_PLURALS.contains(tokens[e - 1])
                    || !POSSESSIVE.contains(tokens[e]) || !ListAndRulePass.capitalised(tokens[e + 1])) {
                continue;
            }
            int end = e + 1;
            while (end < tokens.length && ListAndRulePass.capitalised(tokens[end]) && Character.isLetter(tokens[end].charAt(0))
                    && end - e <= 4) {
                end++;
            }
            for (MentionDraft o : mentions) {
                if (o != m && o.sentence == m.sentence && o.start > e && o.start < end) {
                    end = Math.max(end, o.end);
                    drop.add(o);
                }
            }
            m.end = end;
            m.type = EntityTypes.ORGANIZATION;
            m.canonical = null;
        }
        mentions.removeAll(drop);
    }

    /**
     * "China Petroleum & Chemical Corp": two organisations on either side of "&", the second closed by a company
     * suffix, are one company (a firm's name with "&" and a suffix is one name in the corpora).
     */
    private static void ampersandCompanies(String[] tokens, List<MentionDraft> mentions) {
        for (int k = mentions.size() - 1; k > 0; k--) {
            MentionDraft a = mentions.get(k - 1);
            MentionDraft b = mentions.get(k);
            if (a.sentence == b.sentence && a.end + 1 == b.start && tokens[a.end].equals("&")
                    && a.type.equals(EntityTypes.ORGANIZATION) && b.type.equals(EntityTypes.ORGANIZATION)
                    && COMPANY_SUFFIXES.contains(tokens[b.end - 1]) && b.length() > 1) {
                a.end = b.end;
                a.canonical = null;
                mentions.remove(k);
            }
        }
    }

    /**
     * A name closed by a legal form ("Ltd", "Plc", "Tbk", "A.Ş.") is a company: the model read "Garanti Bankası A.Ş."
     * as a person and "Türkiye" before it as a place; it left out a legal form after the name ("Koç Holding A.Ş.")
     * and an ordinary word opening the sentence ("Lucky Cement Limited", "Access Holdings Plc", "Contemporary Amperex
     * Technology Co Ltd"). A name touching it from before (one or two words) is part of it.
     */
    private static void suffixedCompanies(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        List<MentionDraft> drop = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (drop.contains(m)) {
                continue;
            }
            if (m.end + 2 < tokens.length && tokens[m.end].equals("(") && tokens[m.end + 1].equals("Persero")
                    && tokens[m.end + 2].equals(")") && m.type.equals(EntityTypes.ORGANIZATION)) {
                int persero = m.end + 1; // Indonesia's state companies: "PT Telkom Indonesia (Persero) Tbk"
                mentions.stream().filter(o -> o != m && o.sentence == m.sentence && o.start == persero).forEach(drop::add);
                m.end += 3;
                m.canonical = null;
            }
            if (m.end < tokens.length && LEGAL_FORMS.contains(tokens[m.end]) && (m.type.equals(EntityTypes.ORGANIZATION)
                    || m.length() > 1 && !AMBIGUOUS_FORMS.contains(tokens[m.end]))) {
                int form = m.end;
                mentions.stream().filter(o -> o != m && o.sentence == m.sentence && o.start == form && o.length() == 1)
                        .forEach(drop::add);
                m.end++;
                m.canonical = null;
            }
            if (m.length() < 2 || !LEGAL_FORMS.contains(tokens[m.end - 1])) {
                continue;
            }
            m.type = EntityTypes.ORGANIZATION;
            MentionDraft before = m.start > 0 ? mentionAt(mentions, m.sentence, m.start - 1) : null;
            if (before != null && before.end == m.start && before.length() <= 2 && !drop.contains(before)) {
                m.start = before.start;
                m.canonical = null;
                drop.add(before);
            } else if (before == null && m.start > 0 && (m.start == 1 || ListAndRulePass.isPunct(tokens[m.start - 2]))) {
                String w = tokens[m.start - 1];
                if (ListAndRulePass.capitalised(w) && w.length() > 1 && Character.isLetter(w.charAt(1))
                        && !ListAndRulePass.noNameAlone(w) && !CLAUSE_OPENERS.contains(w) && !w.endsWith("ly")
                        && !gazetteer.isTitleWord(w) && !ListAndRulePass.isPunct(w)) {
                    m.start--;
                    m.canonical = null;
                }
            }
        }
        mentions.removeAll(drop);
    }

    /**
     * "Ministry of Planning, Development and Special Initiatives": a state body's name ending in "of" and a
     * portfolio runs on over ", Portfolio" and "and Portfolio" (capitalised words only) when the list closes with "and".
     */
    private static void portfolios(String[] tokens, List<MentionDraft> mentions) {
        List<MentionDraft> drop = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.end >= tokens.length || !tokens[m.end].equals(",")
                    || !PORTFOLIO_HEADS.contains(tokens[m.start]) || m.length() < 3 || !tokens[m.start + 1].equals("of")) {
                continue;
            }
            int k = m.end;
            boolean closed = false;
            while (k + 1 < tokens.length && (tokens[k].equals(",") || tokens[k].equals("and"))) {
                boolean and = tokens[k].equals("and");
                int w = k + 1;
                while (w < tokens.length && ListAndRulePass.capitalised(tokens[w]) && Character.isLetter(tokens[w].charAt(0))) {
                    w++;
                }
                if (w == k + 1) {
                    break;
                }
                k = w;
                if (and) {
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                continue;
            }
            for (MentionDraft o : mentions) {
                if (o != m && o.sentence == m.sentence && o.start >= m.end && o.end <= k) {
                    drop.add(o);
                }
            }
            m.end = k;
            m.canonical = null;
        }
        mentions.removeAll(drop);
    }

    /** A capitalised word of letters that is no ordinary, title, calendar or listed word: a name's own word. */
    private static boolean nameWord(String t, Gazetteer gazetteer) {
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || Gazetteer.isUpper(t)) {
            return false;
        }
        for (int k = 1; k < t.length(); k++) {
            if (!Character.isLetter(t.charAt(k)) && t.charAt(k) != '-') {
                return false;
            }
        }
        for (String part : t.split("-")) {
            String singular = part.endsWith("s") ? part.substring(0, part.length() - 1) : part;
            if (!part.isEmpty() && (gazetteer.isTitleWord(part) || gazetteer.isTitleWord(singular))) {
                return false; // "Vice-Presidents"
            }
        }
        Gazetteer.Entry e = gazetteer.lookup(t);
        return !gazetteer.isCommonWord(t) && !DocumentLinker.PARTY_MEMBERS.contains(t) && !gazetteer.isTitleWord(t) && !ProperNameRule.CALENDAR.contains(t)
                && (e == null || e.kind() == Gazetteer.Kind.FIRST_NAME);
    }

    private static boolean lowerWord(String t) {
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    private static boolean covered(List<MentionDraft> mentions, int sentence, int token) {
        return mentionAt(mentions, sentence, token) != null;
    }

    private static MentionDraft mentionAt(List<MentionDraft> mentions, int sentence, int token) {
        for (MentionDraft o : mentions) {
            if (o.sentence == sentence && o.start <= token && token < o.end) {
                return o;
            }
        }
        return null;
    }
}
