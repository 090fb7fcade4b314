package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-call regular expressions speed58 compiled once answer as the former {@code String} calls did: the former
 * expressions, written out here, against the methods that now hold compiled patterns, on made-up and random input.
 */
class CompiledPatternsTest {

    private static final String[] PIECES = {"/", "//", "a", "news", "2024", "-", "_", ".", "www.", "@", " ", "  ",
        "\t", "é", "Ü", "x1", "index.html", "?q=1", "#top", "tinyshop", "co", "uk", "com", "gov", "kettle", "İ"};

    private static String random(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void pathSegmentsAsTheFormerReplaceAndSplit() {
        Random r = new Random(58);
        List<String> paths = new ArrayList<>(List.of("", "/", "///", "/news/2024/story-name/", "a//b", "/a/b.html"));
        for (int i = 0; i < 5_000; i++) {
            paths.add(random(r, r.nextInt(8)));
        }
        for (String path : paths) {
            String p = path.replaceAll("^/+|/+$", "");
            String[] former = p.isEmpty() ? new String[0] : p.split("/+");
            assertThat(PageFeatures.segments(path)).as(path).containsExactly(former);
        }
    }

    @Test
    void hostLabelAsTheFormerMatches() {
        Random r = new Random(59);
        List<String> names = new ArrayList<>(List.of("apps.tinyshop.com", "mshq.gov", "kettle.co.uk", "Tiny Shop",
                "ÜBER.de", "a.b", "news.example.org"));
        for (int i = 0; i < 5_000; i++) {
            names.add(random(r, 1 + r.nextInt(6)));
        }
        for (String n : names) {
            assertThat(TitleSiteNames.hostLabel(n)).as(n).isEqualTo(formerHostLabel(n));
        }
    }

    /** {@link TitleSiteNames#hostLabel} as it was written before speed58 (its {@code String.matches}). */
    private static String formerHostLabel(String siteName) {
        if (siteName == null || siteName.indexOf('.') < 0 || !siteName.matches("(?i)[a-z0-9.-]+")) {
            return null;
        }
        String[] labels = siteName.toLowerCase(Locale.ROOT).split("\\.");
        int i = labels.length - 2;
        if (i > 0 && labels[labels.length - 1].length() == 2 && labels[i].length() <= 3) {
            i--;
        }
        return i >= 0 && labels[i].length() >= 4 ? labels[i] : null;
    }

    @Test
    void hostOfAsTheFormerReplaceFirst() {
        Random r = new Random(60);
        List<String> urls = new ArrayList<>(List.of("https://www.example.com/a", "http://wwwx.example.com/",
                "https://www.www.example.org/", "https://example.com", "not a url", "mailto:a@b.c"));
        for (int i = 0; i < 5_000; i++) {
            urls.add("https://" + random(r, 1 + r.nextInt(5)) + "/" + random(r, r.nextInt(3)));
        }
        for (String url : urls) {
            String former;
            try {
                String host = URI.create(url.strip()).getHost();
                former = host == null ? null : host.replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException e) {
                former = null;
            }
            assertThat(MetadataReader.hostOf(url)).as(url).isEqualTo(former);
        }
    }
}
