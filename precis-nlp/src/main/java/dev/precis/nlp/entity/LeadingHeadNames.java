package dev.precis.nlp.entity;

import java.util.List;

/**
 * Organisations whose names open with their head word, as in the languages that put it first ("Universiti
 * Teknologi Malaysia", "Tehreek-i-Taliban Pakistan", "Chama cha Mapinduzi"): the head and the capitalised
 * words after it are one organisation. Split from {@link OrganisationPatternRule}, whose English heads close a
 * name. Stateless and thread-safe.
 */
final class LeadingHeadNames {

    private LeadingHeadNames() {
    }

    /**
     * Institution words that open a name in the languages that put the head first (Malay and Indonesian,
     * Romance languages, German, Dutch, Polish): "Universiti Teknologi Malaysia", "Universidad Nacional de
     * Colombia", "Institut Teknologi Bandung". The English heads close a name and are handled above.
     */
    static final java.util.Set<String> LEADING_HEADS = java.util.Set.of("Universiti", "Universitas", "Universidad",
            "Universidade", "Université", "Università", "Universität", "Universiteit", "Uniwersytet", "Institut",
            "Instituto", "Istituto", "Politeknik", "Politécnico", "Politecnico", "Kolej", "Sekolah", "Akademi",
            "Kementerian", "Jabatan", "Lembaga", "Perbadanan", "Majlis", "Partai", "Partido", "Partito", "Parti",
            "Banco", "Banca", "Hochschule", "Escuela", "École", "Rumah",
            // transliterated heads of parties, movements and armed groups ("Tehreek-i-Taliban Pakistan",
            // "Lashkar-e-Taiba", "Harakat al-Sabireen", "Chama cha Mapinduzi"), of Indonesian bodies and of
            // Spanish and French movements
            "Tehreek", "Tehrik", "Tahreek", "Tahrik", "Jamaat", "Jamiat", "Lashkar", "Jaish", "Hizb", "Harakat",
            "Harkat", "Jabhat", "Kataib", "Asaib", "Jama'at", "Jamaah", "Jemaah", "Sipah", "Tanzeem", "Anjuman", "Ittehad", "Muttahida", "Chama",
            "Komisi", "Badan", "Mahkamah", "Majelis", "Kepolisian", "Tentara", "Angkatan", "Persatuan",
            "Pertubuhan", "Frente", "Movimiento", "Movimento", "Mouvement", "Rassemblement", "Ministerio",
            "Ministère", "Fuerzas", "Comisión", "Consejo", "Conseil",
            // business groups of Latin America and francophone Africa ("Grupo Aval", "Groupe Sonatel")
            "Grupo", "Groupe", "Gruppo", "Empresas", "Corporación", "Compañía", "Companhia");
    /** Of these, the ones that also open one hyphenated word ("Lashkar-e-Taiba", "Tehreek-i-Taliban"). */
    private static final java.util.Set<String> IZAFAT_HEADS = java.util.Set.of("Tehreek", "Tehrik", "Tahreek",
            "Tahrik", "Jamaat", "Jamiat", "Lashkar", "Jaish", "Hizb", "Harakat", "Harkat", "Sipah", "Tanzeem",
            "Anjuman", "Ittehad", "Majlis",
            // heads that open a group's name only before "al-" ("Ansar al-Sunna", "Jund al-Aqsa"); alone they are
            // given names ("Ansar Abbasi") or ordinary words, so they are not leading heads
            "Ansar", "Jund", "Liwa", "Saraya", "Katibat", "Fursan", "Ahrar");
    /** Adjectives of the people or the nation that open party names in South Asia before a leading head. */
    private static final java.util.Set<String> NATION_ADJECTIVES = java.util.Set.of("Awami", "Qaumi", "Qaumee",
            "Milli", "Jatiya", "Rashtriya", "Bharatiya", "Islami", "Jamhoori", "Sunni");

    /** Lower-case words inside such a name ("Universidad Nacional de Colombia", "Institut für Physik"). */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("de", "del", "la", "di", "da", "do",
            "dos", "das", "des", "du", "für", "van", "voor", "y", "e", "dan", "della", "degli", "cha", "wa");

    /** A leading institution word and the capitalised words after it are one organisation. */
    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            // "Lashkar-e-Taiba" as one word, or cut by the tokenizer: "Tehreek" "-" "i-Taliban"
            boolean izafat = izafat(tokens[i]) || IZAFAT_HEADS.contains(tokens[i]) && hyphenPiece(tokens, i + 1) > 0;
            if (!LEADING_HEADS.contains(tokens[i]) && !izafat) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.length && end - i < 8) {
                int piece = hyphenPiece(tokens, end);
                if (piece > 0) {
                    end += piece;
                } else if (ListAndRulePass.capitalised(tokens[end]) && !ListAndRulePass.isPunct(tokens[end])) {
                    end++;
                } else if (NAME_JOINERS.contains(tokens[end]) && end + 1 < tokens.length
                        && ListAndRulePass.capitalised(tokens[end + 1])) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (end - i >= 2 || izafat) {
                int start = i;
                // "Awami Tahreek Watan", "Sunni Ittehad Council": an Urdu, Bengali or Hindi adjective of the
                // people or the nation opens the name before its head
                while (start > 0 && i - start < 2 && NATION_ADJECTIVES.contains(tokens[start - 1])) {
                    start--;
                }
                for (MentionDraft o : mentions) {
                    // "Pakistan Tehreek-e-Insaf": the model's organisation opening before the head keeps its words
                    if (o.type.equals(EntityTypes.ORGANIZATION) && o.start < i && o.end > i && allCapitalised(tokens, o.start, i)) {
                        start = Math.min(start, o.start);
                    }
                }
                MentionDraft name = new MentionDraft(sentence, start, end, EntityTypes.ORGANIZATION, true);
                mentions.removeIf(o -> o.overlaps(name));
                mentions.add(name);
                i = end - 1;
            }
        }
    }

    private static boolean allCapitalised(String[] tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!ListAndRulePass.capitalised(tokens[k]) || ListAndRulePass.isPunct(tokens[k])) {
                return false;
            }
        }
        return true;
    }

    /** "Lashkar-e-Taiba", "Tehreek-i-Taliban": a listed head, a Persian or Arabic joiner, a capitalised word. */
    static boolean izafat(String t) {
        int dash = t.indexOf('-');
        if (dash <= 0 || !IZAFAT_HEADS.contains(t.substring(0, dash))) {
            return false;
        }
        int second = t.indexOf('-', dash + 1);
        return second > dash + 1 && second + 1 < t.length() && Character.isUpperCase(t.charAt(second + 1))
                && IZAFAT_JOINERS.contains(t.substring(dash + 1, second));
    }

    private static final java.util.Set<String> IZAFAT_JOINERS = java.util.Set.of("e", "i", "ul", "ut", "ud", "al",
            "el", "un", "wal");

    /**
     * How many tokens at {@code k} continue a transliterated name through a hyphen, as the tokenizer cuts it
     * ("al" "-" "Sabireen", "al" "-Haq", "-" "i-Taliban", "-Taliban"); 0 when none does.
     */
    static int hyphenPiece(String[] tokens, int k) {
        if (k >= tokens.length) {
            return 0;
        }
        String t = tokens[k];
        if (joinedPiece(t) || t.length() > 1 && t.charAt(0) == '-' && Character.isUpperCase(t.charAt(1))) {
            return 1; // "i-Taliban", "-Haq"
        }
        if (t.equals("-") && k + 1 < tokens.length && (joinedPiece(tokens[k + 1])
                || ListAndRulePass.capitalised(tokens[k + 1]) && !ListAndRulePass.isPunct(tokens[k + 1]))) {
            return 2; // "-" "i-Taliban"
        }
        if (IZAFAT_JOINERS.contains(t) && k + 1 < tokens.length) {
            String n = tokens[k + 1];
            if (n.length() > 1 && n.charAt(0) == '-' && Character.isUpperCase(n.charAt(1))) {
                return 2; // "al" "-Haq"
            }
            if (n.equals("-") && k + 2 < tokens.length && ListAndRulePass.capitalised(tokens[k + 2])
                    && !ListAndRulePass.isPunct(tokens[k + 2])) {
                return 3; // "al" "-" "Sabireen"
            }
        }
        return 0;
    }

    /** "i-Taliban", "al-Sham": a joiner, a hyphen and a capitalised word. */
    private static boolean joinedPiece(String t) {
        int dash = t.indexOf('-');
        return dash > 0 && dash + 1 < t.length() && IZAFAT_JOINERS.contains(t.substring(0, dash))
                && Character.isUpperCase(t.charAt(dash + 1));
    }
}
