package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ScriptDates} reads a publication key's date from a page's scripts, trying its key-value pattern only
 * before a ':' or '=' that a quote follows; it must find what a plain {@code Matcher.find} over each script found.
 */
class ScriptDatesTest {

    private static final DateNormalizer DATES = new DateNormalizer(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));
    /** The pattern, and below the scan, as they were before the scan was narrowed: the reference. */
    private static final Pattern PAIR = Pattern.compile(
            "[\"']?([A-Za-z_$][\\w.:$-]{0,40})[\"']?\\s*[:=]\\s*[\"']([^\"'\\\\\\n<>]{6,40})[\"']");

    private static String reference(String html) {
        int i = 0;
        while (true) {
            int open = html.indexOf("<script", i);
            if (open < 0) {
                return null;
            }
            int tagEnd = html.indexOf('>', open);
            int close = html.indexOf("</script", tagEnd + 1);
            int end = close < 0 ? html.length() : close;
            if (end - (tagEnd + 1) >= 20) {
                Matcher m = PAIR.matcher(html).region(tagEnd + 1, end);
                while (m.find()) {
                    if (ScriptDates.publicationKey(m.group(1))) {
                        String v = DATES.machine(m.group(2), false);
                        if (v != null) {
                            return v;
                        }
                    }
                }
            }
            if (close < 0) {
                return null;
            }
            i = close + 8;
        }
    }

    @Test
    void readsThePublicationKeysOfMadeUpScripts() {
        assertThat(ScriptDates.published("<script>dataLayer.push({\"publishDate\": \"2017-07-12 14:30\"});</script>", DATES, false))
                .startsWith("2017-07-12");
        assertThat(ScriptDates.published("<script>var state = {author: 'Anna', pubDate : '2019-03-04'};</script>", DATES, false))
                .startsWith("2019-03-04");
        assertThat(ScriptDates.published("<script>var s = {dateModified: '2019-03-04', title: 'Bridge reopens'};</script>", DATES, false))
                .isNull();
    }

    @Test
    void findsWhatAPlainFindFoundInRandomScripts() {
        String[] parts = {"publishDate", "\"datePublished\": \"2018-05-06\"", "pubDate = '06.05.2018'", "datePublished", "pubDate", "published_at", "dateModified", "a.b:c", "x", "$v",
            "_k", "  ", "\t", "\n", ":", "=", "\"", "'", "2017-07-12", "12.07.2017", "2019-03-04T10:00:00Z", "{", "}", ",",
            "(", ")", "abcdefghijklmnopqrstuvwxyzabcdefghijklmn", "<", ">", "\\", "-", ".", "1", "ä"};
        Random r = new Random(5);
        int found = 0;
        for (int n = 0; n < 4000; n++) {
            StringBuilder html = new StringBuilder("<p>x</p>");
            for (int s = 0; s < 1 + r.nextInt(3); s++) {
                html.append("<script>");
                for (int i = r.nextInt(60); i > 0; i--) {
                    html.append(parts[r.nextInt(parts.length)]);
                }
                html.append("</script>");
            }
            String page = html.toString();
            String expected = reference(page);
            found += expected != null ? 1 : 0;
            assertThat(ScriptDates.published(page, DATES, false)).as(page).isEqualTo(expected);
        }
        assertThat(found).as("random scripts with a publication date").isGreaterThan(100);
    }
}
