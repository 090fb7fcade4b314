package dev.precis.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The writer an author box names when the page marks no byline: a box with a photo, the person's name alone on a
 * line (a heading, a paragraph, or the photo's {@code alt}) and a bio that opens with that name or its first word and
 * a verb ("Jane Doe is a reporter …", "Jane covers …", "Anna Beispiel ist …", "Jean Dupont est …"), and says a
 * person (a verb of writing, a trade or role, "he"/"she"; not a company's words). Neither a byline word nor a class
 * tells these boxes; the name said twice, beside a photo, in a person's bio, does. A page with two such boxes
 * naming different people (a team page, people profiled in a list) has no single writer: none is read. Used by
 * {@link MetadataReader} only when no byline is found and the metadata names no person. Stateless and thread-safe.
 */
final class AuthorBoxes {

    /** A bio's opening: one to five capitalised words (particles inside) and a verb of being, having or writing. */
    private static final Pattern BIO = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|van|von|der|de|da|di|du|la|le)){0,4})\\s+"
            + "(is|was|has|writes|covers|ist|war|hat|schreibt|est|était|écrit|es|fue|ha|escribe|è|era|scrive"
            + "|heeft|schrijft|é|foi|tem|escreve|jest|był|była|pisze)\\s",
            Pattern.UNICODE_CASE);
    /** Elements looked at in the photo's box; a larger box is the article, not an author's box. */
    private static final int BOX_ELEMENTS = 60;
    /** How many levels above the name the box with the photo may be. */
    private static final int BOX_LEVELS = 3;

    private AuthorBoxes() {
    }

    /**
     * {@code shown} (the byline {@link BylineFinder} found) when there is one; else, when neither {@code authors} (the
     * page's structured authors, split) nor {@code metaAuthor} names a person of two words or more ("Acme", "Acme
     * Team", none), the name an author box shows ({@link #find}); else null.
     */
    static String orBox(String shown, Document doc, String siteName, String title, java.util.List<String> authors,
                        String metaAuthor) {
        if (shown != null || authors.stream().anyMatch(n -> n.indexOf(' ') > 0)
                || metaAuthor != null && AuthorNames.split(metaAuthor, null).stream().anyMatch(n -> n.indexOf(' ') > 0)) {
            return shown;
        }
        return find(doc, siteName, BylineFinder.headline(doc, title));
    }

    /** The name an author box shows, as written; null without a box or with boxes naming different people. */
    static String find(Document doc, String siteName, Element headline) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        String found = null;
        for (Element p : ElementWalk.named(body, "p")) {
            String opening = opening(p);
            if (opening == null) {
                continue;
            }
            Element named = nameBefore(p, opening, siteName);
            if (named == null || PageRegions.inChrome(named, headline) || named.closest(Queries.FORM) != null) {
                continue;
            }
            String name = nameOf(named);
            if (found != null && !found.equalsIgnoreCase(name)) {
                return null;
            }
            found = name;
        }
        return found;
    }

    /**
     * Words that say the box is about a company or a body, not a person, when they come within the few words after
     * the verb ("Acme is a leading provider …", "Muster GmbH ist ein Unternehmen …", "une société", "una empresa").
     */
    private static final java.util.Set<String> BODY_WORDS = java.util.Set.of(
            "company", "companies", "firm", "agency", "brand", "provider", "platform", "manufacturer", "retailer",
            "organization", "organisation", "nonprofit", "non-profit", "charity", "startup", "business", "leading",
            "unternehmen", "firma", "anbieter", "hersteller", "marke", "agentur", "führende", "führendes", "führender",
            "entreprise", "société", "agence", "marque", "fournisseur", "leader", "empresa", "compañía", "agencia",
            "marca", "proveedor", "líder", "azienda", "società", "agenzia", "marchio", "fornitore", "bedrijf",
            "organisatie", "merk", "organizacja", "spółka");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}-]");
    /** How many words after the verb are looked at for {@link #BODY_WORDS}. */
    private static final int BODY_WINDOW = 5;

    /**
     * What says the bio is a person's, in its first sentence (at most {@link #PERSON_WINDOW} characters): a verb of writing after the
     * name ("Jane covers …", "Anna schreibt …"), a word for a person's trade or role ("reporter", "Redakteurin",
     * "journaliste", "periodista", "founder", "Head of Marketing"), or an English "he"/"she". A product, a style or a
     * project described the same way ("Art Deco is a distinctive furniture style …") has none.
     */
    private static final Pattern PERSON = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:he|she|his|her|him"
            + "|writer|reporter|journalist|editor|author|founder|co-founder|correspondent|columnist|contributor|photographer"
            + "|blogger|expert|specialist|consultant|coach|teacher|professor|lecturer|researcher|scientist|engineer|designer"
            + "|developer|marketer|executive|director|manager|head|ceo|cto|analyst|lawyer|attorney|doctor|physician|nurse"
            + "|therapist|dietitian|nutritionist|trainer|chef|student|graduate|enthusiast|mom|mother|father|dad"
            + "|journalistin|redakteur|redakteurin|autorin|autor|gründer|gründerin|reporterin|korrespondentin|korrespondent"
            + "|fotograf|fotografin|expertin|experte|journaliste|rédacteur|rédactrice|autrice|fondateur|fondatrice"
            + "|correspondante|correspondant|photographe|experte|periodista|redactor|redactora|autora|fundador|fundadora"
            + "|corresponsal|fotógrafo|fotógrafa|experto|experta|giornalista|redattore|redattrice|autore|fondatore|fondatrice"
            + "|corrispondente|fotografo|fotografa|esperto|esperta|redacteur|verslaggever|schrijver|schrijfster|oprichter"
            + "|jornalista|redator|redatora|repórter|dziennikarz|dziennikarka|dziennikarką|redaktor|redaktorka|autorka"
            + "|założyciel|założycielka)(?!\\p{L})");
    private static final java.util.Set<String> WRITING_VERBS = java.util.Set.of(
            "writes", "covers", "schreibt", "écrit", "escribe", "scrive", "schrijft", "escreve", "pisze");
    private static final int PERSON_WINDOW = 300;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");

    /**
     * The words before the verb when {@code p}'s text opens as a person's bio ("Jane Doe" of "Jane Doe is a reporter
     * …"), else null (no such opening, a company's, or nothing in it that says a person).
     */
    private static String opening(Element p) {
        String start = BoundedText.of(p, PERSON_WINDOW);
        Matcher m = BIO.matcher(start);
        if (!m.find()) {
            return null;
        }
        String rest = start.substring(m.end()).strip();
        String[] after = AuthorNames.SPACES.split(rest, BODY_WINDOW + 1);
        for (int i = 0; i < after.length && i < BODY_WINDOW; i++) {
            if (BODY_WORDS.contains(NOT_LETTER.matcher(after[i].toLowerCase(Locale.ROOT)).replaceAll(""))) {
                return null;
            }
        }
        // (the first sentence only: "… static site generators. A great developer experience" says no person)
        Matcher end = SENTENCE_END.matcher(rest);
        String first = end.find() ? rest.substring(0, end.start()) : rest;
        return WRITING_VERBS.contains(m.group(2)) || PERSON.matcher(first).find() ? m.group(1) : null;
    }

    /**
     * The element just before the bio that holds the name: among the two elements before it (or before the box it
     * opens, up to two levels up: "<p>Jane Doe</p><h6>Role</h6><div><p>Jane is …"), the first whose text, or whose
     * photo's {@code alt}, is a name the bio's opening repeats; the name's line must have a photo in its box.
     */
    private static Element nameBefore(Element bio, String opening, String siteName) {
        Element from = bio;
        for (int up = 0; up <= 2 && from != null; up++) {
            Element prev = from.previousElementSibling();
            for (int i = 0; i < 2 && prev != null; i++, prev = prev.previousElementSibling()) {
                String name = nameOf(prev);
                if (name != null && repeats(opening, name) && person(name, siteName) && photoNear(prev)) {
                    return prev;
                }
            }
            if (from.previousElementSibling() != null) {
                return null;
            }
            from = from.parent();
        }
        return null;
    }

    /** The element's text when short, else the {@code alt} of the one photo it holds without text; null otherwise. */
    private static String nameOf(Element e) {
        String t = BoundedText.of(e, 61).strip();
        if (!t.isEmpty()) {
            return t.length() >= 3 && t.length() <= 60 ? t : null;
        }
        Element img = "img".equals(e.normalName()) ? e : BylineLabels.childElements(e, 2) <= 2 ? e.selectFirst("img") : null;
        String alt = img == null ? "" : AuthorNames.SPACES.matcher(img.attr("alt")).replaceAll(" ").strip();
        return alt.length() >= 3 && alt.length() <= 60 ? alt : null;
    }

    /** True when the bio opens with the whole name or its first word ("Jane is …" after "Jane Doe"). */
    private static boolean repeats(String opening, String name) {
        String o = opening.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        int space = n.indexOf(' ');
        return o.equals(n) || space > 0 && o.equals(n.substring(0, space));
    }

    /** A person's full name, or one capitalised word the byline tests take as a name ("Stefan"). */
    private static boolean person(String name, String siteName) {
        return name.indexOf(' ') > 0 ? BylineFinder.fullName(name, siteName) : BylineFinder.named(name, siteName);
    }

    /** True when the name's element, or its box up to {@link #BOX_LEVELS} levels up, holds a photo and is small. */
    private static boolean photoNear(Element named) {
        Element box = named;
        for (int up = 0; up <= BOX_LEVELS && box != null && !"body".equals(box.normalName()); up++, box = box.parent()) {
            int photo = photo(box);
            if (photo > 0) {
                return true;
            }
            if (photo < 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * -1 when {@code box} has more than {@link #BOX_ELEMENTS} elements (an icon's drawing not counted), else 1 when
     * it holds an {@code img}, 0 when not.
     */
    private static int photo(Element box) {
        int[] seen = {0, 0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (++seen[0] > BOX_ELEMENTS) {
                    return FilterResult.STOP;
                }
                if ("img".equals(e.normalName())) {
                    seen[1] = 1;
                }
                return "svg".equals(e.normalName()) ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
            }
        }, box);
        return seen[0] > BOX_ELEMENTS ? -1 : seen[1];
    }
}
