package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link DateLabels#dateBox} and {@link DateLabels#attributes} look for the box-name words with {@code contains};
 * they must read every name as the former two regular expressions did. Names written for this test.
 */
class DateLabelsBoxNamesTest {

    private static final Pattern MODIFIED = Pattern.compile(
            "updat|modif|revis|aktualis|edited|aggiorn|actualiz|atualiz|aktualiz|geaendert|geändert|aenderung|änderung"
            + "|wijzig|bijgewerkt|modyfik");
    private static final Pattern PUBLISHED = Pattern.compile(
            "publi|pubdate|posted|created|entry-date|erstellt|pubblic|veroeffentlich|veröffentlich");

    private static DateLabels.Kind attributesReference(String names) {
        String s = names.toLowerCase(Locale.ROOT);
        if (MODIFIED.matcher(s).find()) {
            return DateLabels.Kind.MODIFIED;
        }
        return PUBLISHED.matcher(s).find() ? DateLabels.Kind.PUBLISHED : DateLabels.Kind.NONE;
    }

    private static final String[] NAMES = {
        "date-updated", "post-date", "entry-date published updated", "datePublished", "published", "post-meta",
        "data-aggiornamento", "fecha-actualizacion", "data-atualizacao", "aenderungsdatum", "datum-gewijzigd",
        "data-modyfikacji", "data-pubblicazione", "Veröffentlicht", "veroeffentlichungsdatum", "publisher-logo",
        "Geändert", "lastModified", "revision", "Last-Edited", "created_at", "erstellt-am", "article__date",
        "story-time", "nav menu", "", "  ", "ÄNDERUNG", "wijziging", "bijgewerkt-op", "pubDate", "posted-on"};

    @Test
    void namesReadAsByTheRegularExpressions() {
        for (String n : NAMES) {
            assertThat(DateLabels.attributes(n)).as(n).isEqualTo(attributesReference(n));
        }
    }

    @Test
    void dateBoxKinds() {
        assertThat(DateLabels.dateBox("date-updated")).isEqualTo(DateLabels.Kind.MODIFIED);
        assertThat(DateLabels.dateBox("entry-date published updated")).isEqualTo(DateLabels.Kind.PUBLISHED);
        assertThat(DateLabels.dateBox("publisher-logo")).isEqualTo(DateLabels.Kind.NONE);
        assertThat(DateLabels.dateBox("Veröffentlicht")).isEqualTo(DateLabels.Kind.PUBLISHED);
        assertThat(DateLabels.dateBox("datum-gewijzigd")).isEqualTo(DateLabels.Kind.MODIFIED);
        assertThat(DateLabels.dateBox("article__date")).isEqualTo(DateLabels.Kind.PUBLISHED);
        assertThat(DateLabels.dateBox("nav menu")).isEqualTo(DateLabels.Kind.NONE);
    }
}
