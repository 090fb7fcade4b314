package dev.precis.eval.quotes;

import dev.precis.extract.ExtractionException;
import dev.precis.extract.HtmlArticleReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The way an article reaches {@code precis analyze} as a user has it: a saved web page (extracted first, as
 * {@code analyze FILE.html} does) or a text file with a headline, a byline and a date line before the body (read as
 * given, as {@code analyze FILE} and {@code --input} do). Each form writes the page from an article whose first
 * paragraph is its headline (PolNeAR's layout) with invented site chrome, bylines and dates; {@link #analysed}
 * returns the text the analysis would see, aligned back to the article ({@link TextAlignment}) so gold spans can be
 * scored on it. Used by {@code precis eval quotes --perturb page…} to find quotes lost on the way in.
 */
public enum PagePath {
    /**
     * A news page: headline in {@code <h1>}, byline, {@code <time>}, paragraphs in {@code <p>}, every other paragraph
     * that opens with a quotation mark set as a {@code <blockquote>}, a pull quote {@code <aside>} repeating a quoted
     * sentence, and navigation, related links and a footer around.
     */
    PAGEHTML,
    /** The same page with the body as one block whose paragraphs are separated by {@code <br><br>} (no blockquote, no aside). */
    PAGEBR,
    /** A text file: headline line, byline line, date line, a blank line, then the body as printed. */
    PAGETEXT,
    /**
     * {@link #PAGETEXT} as copied between systems: CRLF line ends, no-break spaces after short words and beside
     * marks, every second paragraph with straight instead of curly marks.
     */
    PAGEMIXED,
    /** A text file with one paragraph a line and no blank lines (as a scraper joins {@code <p>} texts), headline, byline and date lines first. */
    PAGELINES,
    /**
     * {@link #PAGEHTML} as busy sites print it: the first two-word capitalised name of each paragraph linked, an
     * "Advertisement" slot after every fourth paragraph, a figure with its caption after the second, a "Read more:"
     * link paragraph after the fifth.
     */
    PAGERICH,
    /**
     * The {@link #PAGEHTML} page's source as a batch line's "text" ({@code analyze --input}): read as a page when
     * {@link HtmlArticleReader#looksLikePage} says so, as the command does, else as text.
     */
    PAGESOURCE;

    private static final String SITE = "The Harbour Ledger";
    private static final String[] AUTHORS = {"Marta Kessel", "Owen Tarrant", "Lena Brück and Paul Ode", "Staff Writer"};

    /** Whether {@code name} names a page form ("pagehtml", …). */
    public static boolean names(String name) {
        for (PagePath p : values()) {
            if (p.name().equalsIgnoreCase(name.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Parses a command-line name. */
    public static PagePath parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /** The page or file for {@code text}; {@code n} varies the invented byline. */
    public String render(String text, int n) {
        List<String> paras = paragraphs(text);
        String headline = paras.isEmpty() ? "" : paras.get(0);
        List<String> body = paras.size() > 1 ? paras.subList(1, paras.size()) : List.of();
        String author = AUTHORS[Math.floorMod(n, AUTHORS.length)];
        return switch (this) {
            case PAGEHTML, PAGEBR, PAGERICH -> html(headline, body, author);
            case PAGESOURCE -> PAGEHTML.html(headline, body, author);
            case PAGELINES -> headline + "\nBy " + author + "\nPublished October 5, 2016 10:42 AM\n" + String.join("\n", body) + "\n";
            case PAGETEXT -> textFile(headline, body, author);
            case PAGEMIXED -> mixed(textFile(headline, body, author));
        };
    }

    /** What the analysis reads from {@link #render}: the extracted body for a page, the file as given otherwise. */
    public TextPerturbation.Perturbed analysed(String text, int n, HtmlArticleReader reader) {
        String page = render(text, n);
        String read = page;
        if (this == PAGEHTML || this == PAGEBR || this == PAGERICH || this == PAGESOURCE && HtmlArticleReader.looksLikePage(page)) {
            try {
                read = reader.read(page.getBytes(StandardCharsets.UTF_8), null, "text/html; charset=utf-8").article().text();
            } catch (ExtractionException e) {
                read = "";
            }
        }
        return TextAlignment.align(text, read);
    }

    private String html(String headline, List<String> body, String author) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(headline)).append(" | ")
                .append(SITE).append("</title>\n<meta property=\"og:title\" content=\"").append(esc(headline)).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"2016-10-05T10:42:00-04:00\">\n</head><body>\n")
                .append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(SITE).append("</a>\n<nav><ul>");
        for (String s : new String[] {"Politics", "World", "Business", "Opinion", "Sports", "Weather"}) {
            b.append("<li><a href=\"/").append(s.toLowerCase(Locale.ROOT)).append("\">").append(s).append("</a></li>");
        }
        b.append("</ul></nav><a href=\"/subscribe\">Subscribe</a></header>\n<main><article>\n<h1>").append(esc(headline))
                .append("</h1>\n<div class=\"byline\">By <a href=\"/staff\">").append(esc(author)).append("</a></div>\n")
                .append("<time datetime=\"2016-10-05T10:42:00-04:00\">October 5, 2016 10:42 a.m.</time>\n<div class=\"article-body\">\n");
        if (this == PAGEBR) {
            b.append(String.join("<br><br>\n", body.stream().map(PagePath::esc).toList())).append('\n');
        } else {
            int quoted = 0;
            String pull = null;
            for (int i = 0; i < body.size(); i++) {
                String p = body.get(i);
                boolean opensQuote = p.startsWith("“") || p.startsWith("\"");
                if (opensQuote && quoted++ % 2 == 0) {
                    b.append("<blockquote><p>").append(esc(p)).append("</p></blockquote>\n");
                } else {
                    b.append("<p>").append(this == PAGERICH ? linked(esc(p)) : esc(p)).append("</p>\n");
                }
                if (this == PAGERICH) {
                    b.append(i % 4 == 3 ? "<div class=\"ad-slot\"><span>Advertisement</span></div>\n" : "")
                            .append(i == 1 ? "<figure><img src=\"/img/hall.jpg\" alt=\"\"><figcaption>A crowd outside the hall on"
                                    + " Tuesday. (Photo: Invented Agency)</figcaption></figure>\n" : "")
                            .append(i == 4 ? "<p><strong>Read more:</strong> <a href=\"/story/1\">Council delays vote on harbour"
                                    + " tunnel</a></p>\n" : "");
                }
                if (opensQuote && pull == null) {
                    int close = p.indexOf('”', 1);
                    pull = p.substring(0, close > 0 ? close + 1 : Math.min(p.length(), 120));
                }
                if (i == 2 && pull != null) {
                    b.append("<aside class=\"pull-quote\"><p>").append(esc(pull)).append("</p></aside>\n");
                }
            }
        }
        b.append("</div>\n<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>\n")
                .append("<section class=\"related\"><h2>Related stories</h2><ul>\n");
        for (String s : new String[] {"Council delays vote on harbour tunnel", "Five things to know before Tuesday",
                "Opinion: The long road back for the ferry", "Weather service warns of early frost"}) {
            b.append("<li><a href=\"/story/").append(s.hashCode() & 0xffff).append("\">").append(s).append("</a></li>\n");
        }
        b.append("</ul></section>\n</article></main>\n<footer><p>© 2016 ").append(SITE)
                .append(". All rights reserved.</p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms of use</a>")
                .append(" <a href=\"/contact\">Contact us</a></footer>\n</body></html>\n");
        return b.toString();
    }

    private static String textFile(String headline, List<String> body, String author) {
        return headline + "\nBy " + author + "\nPublished October 5, 2016 10:42 AM\n\n" + String.join("\n\n", body) + "\n";
    }

    private static String mixed(String file) {
        List<String> paras = new ArrayList<>(List.of(file.split("\n\n", -1)));
        for (int i = 1; i < paras.size(); i += 2) {
            paras.set(i, TextPerturbation.STRAIGHT.apply(paras.get(i)).text());
        }
        String joined = String.join("\n\n", paras);
        return TextPerturbation.CRLF.apply(TextPerturbation.NBSP.apply(joined).text()).text();
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\n\\s*\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+\\b");

    private static String linked(String html) {
        var m = NAME.matcher(html);
        return m.find() ? html.substring(0, m.start()) + "<a href=\"/topic/" + m.start() + "\">" + m.group() + "</a>"
                + html.substring(m.end()) : html;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
