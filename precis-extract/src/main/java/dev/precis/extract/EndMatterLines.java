package dev.precis.extract;

import java.util.regex.Pattern;

/**
 * Lines a page prints with its article that are about the page, not part of the story, in shapes that recur
 * from site to site: an affiliate or advertising disclosure ("Disclosure: This post contains affiliate links
 * …", "As an Amazon Associate we earn from qualifying purchases", "Dieser Artikel enthält Affiliate-Links"), a
 * labelled change or posting day ("Last updated on June 2, 2025", "Originally posted November 12, 2024", "Post
 * time: 01-04-2024", "Zuletzt aktualisiert: 12.07.2017"), the tag or category line under a post ("Tags:
 * Garden, Spring", "Filed under: Travel") and a counter standing alone ("1,693 views", "6 days ago", "Read time: 14
 * min", "Written by Jane Doe"). Each shape is matched from the line's start and only on a line of
 * bounded length, so an article's paragraph that mentions a disclosure or an update stays. English, German,
 * French, Spanish, Italian and Dutch wordings. Stateless and thread-safe.
 */
final class EndMatterLines {

    /** A disclosure longer than this is more than the site's standard notice. */
    static final int MAX_DISCLOSURE = 600;
    /** A tag or category line longer than this is prose. */
    static final int MAX_TAGS = 300;
    /** A labelled day longer than this says more than the day. */
    static final int MAX_DAY_LINE = 70;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern DISCLOSURE = Pattern.compile(String.join("|",
            "^\\W{0,3}(?:(?:advertiser|advertising|affiliate|editorial|ftc) )?disclosures?\\s*:",
            "^\\W{0,3}disclaimer\\s*:",
            "^\\W{0,3}disclosure\\s*[-–—]",
            "^as an amazon associate\\b",
            "^(?:this|the) (?:post|article|page|story|guide|review|site|website|content) (?:may )?contains? (?:(?:some|an?) )?"
                    + "(?:affiliate|sponsored|referral) links?\\b",
            "^(?:we|i) may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation)\\b",
            // the editors' pick notice of a shopping guide: "Every item on this page was chosen by an editor. We may …"
            "^(?:while )?(?:every|each|all) (?:item|product|company|pick|service|brand)s? (?:on this page |featured |we feature "
                    + "|(?:in|on) (?:this|our) (?:guide|list|article|page)s? )?(?:is |was |were |has been |have been )?"
                    + "(?:independently )?(?:selected|chosen|reviewed|vetted)\\b",
            "^(?:transparenzhinweis|werbehinweis|affiliate-hinweis|hinweis zu affiliate-links)\\s*:",
            "^(?:dieser|der) (?:artikel|beitrag|text) enthält (?:sogenannte )?(?:affiliate|werbe|partner)-?links\\b",
            "^(?:cet|le présent) (?:article|billet) contient des liens (?:affiliés|d'affiliation|sponsorisés)\\b",
            "^(?:este|el) (?:artículo|post) contiene enlaces (?:de afiliados?|afiliados)\\b",
            "^(?:questo|il) (?:articolo|post) contiene (?:dei )?link (?:di affiliazione|affiliati)\\b",
            "^(?:dit|het) (?:artikel|bericht) bevat affiliate[- ]links\\b"), FLAGS);

    /** A label of the page's change or posting; the rest of the line must be a date (or nothing). */
    private static final Pattern DAY_LABEL = Pattern.compile(String.join("|",
            "^(?:last (?:updated|modified|reviewed|edited)|date last (?:updated|reviewed|modified)|originally (?:posted|published)"
                    + "|post(?:ed)? (?:time|date)|page last (?:updated|reviewed))(?: on| at)?\\s*:?",
            "^(?:zuletzt (?:aktualisiert|geändert|bearbeitet)|letzte (?:aktualisierung|änderung))(?: am)?\\s*:?",
            "^(?:dernière mise à jour|mis à jour le|publié (?:initialement )?le)\\s*:?",
            "^(?:última (?:actualización|modificación)|actualizado el)\\s*:?",
            "^(?:ultimo aggiornamento|ultima modifica|aggiornato il)\\s*:?",
            "^(?:laatst (?:bijgewerkt|gewijzigd)|bijgewerkt op)\\s*:?"), FLAGS);

    /** A reading counter, an age or a reading time standing alone: "1,693 views", "6 days ago", "Read time: 14 min". */
    private static final Pattern COUNTER = Pattern.compile(String.join("|",
            "^\\d[\\d,.]*\\s*(?:views|reads|aufrufe|vues)",
            "^\\d{1,3} (?:minutes?|hours?|days?|weeks?|months?|years?) ago",
            "^(?:read(?:ing)? time|lesezeit|temps de lecture|tiempo de lectura)\\s*:?\\s*\\d{1,3}\\s*(?:min|minutes?|minuten)\\.?",
            "^\\d{1,3}\\s*(?:min|minutes?)\\.? read",
            "^written by\\s+\\S.{0,40}"), FLAGS);

    /** A counter line longer than this says more. */
    static final int MAX_COUNTER = 50;

    private static final Pattern TAGS = Pattern.compile(
            "^(?:tags|tagged(?: with)?|categories|category|filed under|posted in|schlagwörter|stichwörter|schlagworte"
                    + "|étiquettes|mots-clés|etiquetas|categorías|categorie|argomenti|trefwoorden)\\s*:\\s*\\S", FLAGS);

    /** "16th", "2nd": the ordinal ending a date line may carry. */
    private static final Pattern ORDINAL = Pattern.compile("(?<=\\d)(?:st|nd|rd|th)\\b", FLAGS);

    private EndMatterLines() {
    }

    /** True when {@code line} (a paragraph's text) is one of the shapes above. */
    static boolean matches(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (s.length() <= MAX_DISCLOSURE && DISCLOSURE.matcher(s).lookingAt()) {
            return true;
        }
        if (s.length() <= MAX_COUNTER && COUNTER.matcher(s).matches()) {
            return true;
        }
        if (s.length() <= MAX_TAGS && TAGS.matcher(s).lookingAt()) {
            return true;
        }
        if (s.length() <= MAX_DAY_LINE) {
            var m = DAY_LABEL.matcher(s);
            if (m.lookingAt()) {
                String rest = ORDINAL.matcher(s.substring(m.end())).replaceAll("").strip();
                return rest.isEmpty() || BoilerplatePhrases.isDateLine(rest);
            }
        }
        return false;
    }
}
