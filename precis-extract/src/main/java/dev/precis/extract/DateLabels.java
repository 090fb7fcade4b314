package dev.precis.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words pages put before a date to say what it is, in English, German, French, Spanish, Italian,
 * Dutch, Portuguese, Polish, Russian, Swedish, Danish, Norwegian and Czech: the first publication ("originally published",
 * "ursprünglich veröffentlicht"), a publication ("Published", "Veröffentlicht am", "Publié le",
 * "Pubblicato il", "Gepubliceerd op", "Опубликовано") or a later change ("Updated",
 * "Aktualisiert", "Mis à jour", "Actualizado", "Aggiornato", "Bijgewerkt", "Обновлено").
 * Stateless and thread-safe.
 */
final class DateLabels {

    /** What a label says about the date after it. */
    enum Kind { NONE, PUBLISHED, ORIGINAL, MODIFIED }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * The nouns and other verbs for a first publication: "Erstveröffentlichung:", "Zuerst veröffentlicht am",
     * "Première publication le", "Pubblicato per la prima volta il", "Prima pubblicazione", "Publicado por primera
     * vez", "Eerder gepubliceerd op". In running text they are the story's words ("seit seiner Erstveröffentlichung
     * 1995"), no label ({@link #firstWord}).
     */
    private static final String FIRST = "erstveröffentlichung|erstveröffentlicht|zuerst\\s+(?:veröffentlicht|erschienen|publiziert)"
            + "|erstmals\\s+publiziert|premi[eè]re\\s+publication|publiée\\s+(?:initialement|à l'origine|pour la première fois)"
            + "|pubblicat[oa]\\s+per\\s+la\\s+prima\\s+volta|prima\\s+pubblicazione|publicad[oa]\\s+por\\s+primera\\s+vez"
            + "|(?:eerder|eerst)\\s+gepubliceerd"
            // the verb before its adverb ("Dieser Beitrag erschien erstmals am …", "Cet article est paru initialement
            // le …"): in running text a story's words too ("Der Roman erschien erstmals 1957")
            + "|erschien\\s+(?:erstmals|zuerst|ursprünglich)|parue?\\s+(?:initialement|à l'origine|pour la première fois)"
            + "|initialement\\s+parue?";
    private static final String ORIGINAL = "originally\\s+(?:published|posted)|first\\s+(?:published|posted)"
            + "|ursprünglich\\s+(?:veröffentlicht|erschienen)|erstmals\\s+(?:veröffentlicht|erschienen)"
            + "|(?:initialement|originellement)\\s+publié|publié\\s+(?:initialement|à l'origine|pour la première fois)"
            + "|publicado\\s+originalmente|originalmente\\s+publicado|pubblicato\\s+originariamente"
            + "|oorspronkelijk\\s+gepubliceerd|" + FIRST;
    // (the nouns too: "Last update", "Laatste update", "Letzte Aktualisierung", "Dernière mise à jour", "Ultimo aggiornamento",
    // "Última actualización" name a change as plainly as the participles)
    private static final String MODIFIED = "updated|(?:last|latest|laatste)\\s+update|last\\s+modified|modified|revised|edited|refreshed"
            + "|aktualisiert|aktualisierung|zuletzt\\s+geändert|geändert|letzte\\s+änderung|stand|überarbeitet|bearbeitet"
            // "Update: 11.07.2018" (with its colon: a bare "Update" may be a headline's word), French "Màj :", "MAJ le"
            + "|update(?=\\s*:)|màj|maj(?=\\s*(?:le|:))"
            + "|mise?\\s+à\\s+jour|modifiée?|actualisée?"
            + "|actualizado|actualizada|actualización|modificado|aggiornat[oa]|aggiornamento|modificato|bijgewerkt|gewijzigd"
            + "|laatst\\s+aangepast|atualizado|atualizada|atualização|zaktualizowano|aktualizacja|zmieniono"
            + "|обновлено|обновлен[оа]?|обновление|изменено"
            // Swedish, Danish, Norwegian, Czech
            + "|uppdaterad|uppdaterat|ändrad|opdateret|ændret|oppdatert|endret|aktualizováno|aktualizace|změněno"
            // the nouns of "modification" and the cases a word for "date" governs ("Dernière modification", "Fecha de
            // modificación", "Ultima modifica", "Data de modificação", "Data aktualizacji", "Дата обновления",
            // "Последнее изменение"), and the compounds with "date" ("Änderungsdatum", "Wijzigingsdatum")
            + "|modification|modificación|modifica|modificação|modificacao|modyfikacj[ai]|zmodyfikowano|aktualizacji|edytowano"
            + "|обновления|изменения|изменение|изменён|изменен[оа]?"
            + "|änderungsdatum|aktualisierungsdatum|wijzigingsdatum|wijziging"
            // "Dernière actualisation", "Update vom 14.03.2021", Dutch "Aangepast op", Russian "Отредактировано"
            + "|actualisation|update(?=\\s+vom)|aangepast|отредактировано|отредактирован[оа]?";
    // (with the nouns and the feminine forms: "Date de publication", "Publiée le", "Mise en ligne le",
    // "Veröffentlichungsdatum", "Erscheinungsdatum", "Data di pubblicazione", "Publicatiedatum", "Dodano")
    private static final String PUBLISHED = "published|posted|post\\s+(?:date|time)|publication\\s+date|date\\s+published|written"
            + "|veröffentlicht|veröffentlichung|veröffentlichungsdatum|erscheinungsdatum|publikationsdatum|erschienen"
            + "|erstellt|publiziert|datum|publiée?s?|publication|mise?\\s+en\\s+ligne|paru|parution|publicado|publicada"
            + "|publicación|fecha|pubblicato|pubblicata|pubblicazione|data|gepubliceerd|publicatiedatum|geplaatst"
            + "|opublikowano|opublikowany|dodano|data\\s+publikacji|опубликовано|опубликован[оа]?|дата\\s+публикации"
            + "|publicerad|publicerat|publiceret|udgivet|publisert|publikováno|zveřejněno"
            // Portuguese "Postado em", Russian "Размещено", "Дата размещения", "Дата создания"
            + "|postad[oa]|размещено|размещен[оа]?|дата\\s+размещения|дата\\s+создания|verschenen"
            // the verbs blogs and forums put before the day they posted ("Posté le", "Écrit le", "Eingestellt am",
            // "Verfasst am", "Soumis par … le", Drupal's "Eingereicht von … am") and the German "Artikel vom …"
            + "|postée?s?|(?<!(?<!\\p{L})a\\s)écrite?|rédigée?|ajoutée?|soumis|submitted|eingestellt|geschrieben|verfasst|gepostet|eingereicht"
            + "|(?:artikel|beitrag|meldung|eintrag|pressemitteilung|nachricht)\\s+vom|scritto|inserito|geschreven|escrito";
    private static final Pattern LABEL = Pattern.compile(
            "(?<!\\p{L})(?:(" + ORIGINAL + ")|(" + MODIFIED + ")|(" + PUBLISHED + "))(?!\\p{L})", FLAGS);
    // (box names in the languages of the labels: "data-aggiornamento", "fecha-actualizacion", "data-atualizacao",
    // "data-aktualizacji", "aenderungsdatum", "datum-gewijzigd", "data-modyfikacji"; "data-pubblicazione",
    // "veroeffentlichungsdatum" — "publi" already covers "publicacion", "publikacji", "gepubliceerd")
    // (plain substrings, looked for with indexOf: every element with a class or id is asked)
    private static final String[] ATTR_MODIFIED = {
        "updat", "modif", "revis", "aktualis", "edited", "aggiorn", "actualiz", "atualiz", "aktualiz", "geaendert",
        "geändert", "aenderung", "änderung", "wijzig", "bijgewerkt", "modyfik"};
    private static final String[] ATTR_PUBLISHED = {
        "publi", "pubdate", "posted", "created", "entry-date", "erstellt", "pubblic", "veroeffentlich", "veröffentlich"};

    private static boolean containsAny(String s, String[] parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private DateLabels() {
    }

    /** The kind named by the last label in {@code before} (the text just before a date). */
    static Kind before(String before) {
        Matcher m = LABEL.matcher(before);
        Kind kind = Kind.NONE;
        while (m.find()) {
            kind = m.group(1) != null ? Kind.ORIGINAL : m.group(2) != null ? Kind.MODIFIED : Kind.PUBLISHED;
        }
        return kind;
    }

    /**
     * True when {@code before} (the text before a date that {@link #before} reads as ORIGINAL) names the first
     * publication by one of the words that, in running text, belong to the story rather than label its date.
     */
    static boolean firstWord(String before) {
        Matcher m = LABEL.matcher(before);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last != null && FIRST_WORD.matcher(last).matches();
    }

    private static final Pattern FIRST_WORD = Pattern.compile(FIRST, FLAGS);

    /**
     * The kind a date box's class, id or itemprop names: "date-updated", "post-date", "entry-date",
     * "datePublished", "published"; a name without a word for a date or a publication ("post-meta") is NONE.
     */
    static Kind dateBox(String names) {
        String s = names.toLowerCase(Locale.ROOT);
        if (containsAny(s, ATTR_PUBLISHED) && !s.contains("publisher")) {
            // (also "entry-date published updated": a date that is both is the publication's)
            return Kind.PUBLISHED;
        }
        if (containsAny(s, ATTR_MODIFIED)) {
            return Kind.MODIFIED;
        }
        return BOX_POST.matcher(s).find() ? Kind.PUBLISHED : Kind.NONE;
    }

    /** "post-date", "article__date", "entry-date", "story-date": the date of the page's own post. */
    private static final Pattern BOX_POST = Pattern.compile("(?:post|article|entry|story|beitrag|artikel)[_-]{0,2}(?:date|time|datum)");

    /** The kind an element's class, id or itemprop names ("date-updated", "published"), or NONE. */
    static Kind attributes(String names) {
        String s = names.toLowerCase(Locale.ROOT);
        if (containsAny(s, ATTR_MODIFIED)) {
            return Kind.MODIFIED;
        }
        return containsAny(s, ATTR_PUBLISHED) ? Kind.PUBLISHED : Kind.NONE;
    }
}
