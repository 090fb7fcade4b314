package dev.precis.server.digest;

import dev.precis.model.Counts;
import dev.precis.server.ShownQuotes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.store.ArticleRef;
import dev.precis.store.Digest;
import dev.precis.store.StorySummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Digest} as plain text, Markdown, JSON or a self-contained HTML page (inline CSS, no script,
 * no remote resources, so it reads in a mail client). Links lead to the reader ({@code base},
 * e.g. {@code https://news.example.org}, or empty: relative) or where {@link DigestLinks} say. Every summary sentence names the article it came from
 * as a reader knows it: its headline (a link in Markdown and HTML), source and date; the JSON form also keeps
 * the article's id and the sentence's character range. Stateless and thread-safe.
 */
public final class DigestFormats {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSS = "body{font:16px/1.5 Georgia,serif;max-width:42em;margin:1em auto;padding:0 1em;color:#222}"
            + "h1{font-size:1.5em}h2{font-size:1.15em;margin-bottom:.2em}.meta{color:#666;font-size:.85em}"
            + "ol.summary{padding-left:1.2em}ol.summary li{margin:.3em 0}a{color:#1a4f8b}.src{color:#666;font-size:.8em}";

    /** The page's one inline style (the served page adds its header's rules to it). */
    public static String style() {
        return CSS;
    }

    /**
     * An inline {@code style} as a Content-Security-Policy source ({@code 'sha256-…'}): a policy served with
     * the page must name it, or a browser drops the style (as {@code default-src 'self'} alone makes it do).
     */
    public static String styleSource(String style) {
        return "'sha256-" + Base64.getEncoder().encodeToString(sha256(style)) + "'";
    }

    /** What every form says when the window holds no story (the text and Markdown forms said nothing at all). */
    public static final String NOTHING = "No new stories in this window.";

    private DigestFormats() {
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String text(Digest d) {
        return text(d, "");
    }

    /**
     * Plain text, for a terminal or a mail's text part. A text has no links, so each story ends with numbered
     * references: its reader page and each cited article's link, and every citation carries its reference's
     * number ("[3]"); mail clients make the addresses clickable. With {@code base} the links are the reader's
     * pages; without, an article's own address, and an article with none gets no number (the library's id is no address).
     */
    public static String text(Digest d, String base) {
        return text(d, DigestLinks.portable(base, ""));
    }

    /** Plain text whose references are {@code links}' (a mail's text part leads where its HTML part's links do). */
    public static String text(Digest d, DigestLinks links) {
        StringBuilder s = new StringBuilder("Precis digest " + d.window().label() + " (" + Counts.of(d.stories().size(), "story", "stories") + ")\n");
        if (d.stories().isEmpty()) {
            s.append('\n').append(NOTHING).append('\n');
        }
        Set<Long> twins = twins(d);
        Map<Long, Integer> numbers = new HashMap<>();
        int n = 0;
        for (Digest.Entry e : d.stories()) {
            s.append('\n').append(++n).append(". ").append(e.story().title()).append("  [story ").append(e.story().id())
                    .append(", ").append(e.newArticles().size()).append(" new of ").append(Counts.of(e.story().size(), "article", "articles"))
                    .append(", ").append(Counts.of(e.sources(), "source", "sources")).append(latest(e, ", ")).append("]\n");
            StringBuilder references = new StringBuilder();
            String story = links.story(e.story().id());
            if (story != null) {
                references.append("   story: ").append(story).append('\n');
            }
            for (StorySummary.Sentence x : e.summary().sentences()) {
                s.append("   - ").append(said(x)).append(" (").append(x.headline()).append(provenance(x, twins)).append(')');
                String link = links.article(x.articleId(), x.articleUrl());
                if (link != null) {
                    Integer number = numbers.get(x.articleId());
                    if (number == null) {
                        number = numbers.size() + 1;
                        numbers.put(x.articleId(), number);
                        references.append("   [").append(number).append("] ").append(link).append('\n');
                    }
                    s.append(" [").append(number).append(']');
                }
                s.append('\n');
            }
            s.append(references);
        }
        return s.toString();
    }

    public static String markdown(Digest d) {
        return markdown(d, "");
    }

    /**
     * Markdown whose links lead to the reader's pages at {@code base} (a reader's address); without one (""), a saved
     * or mailed file has no site to be relative to, so a cited article links its own address when it has one and
     * anything else (the story, a pasted text) is a plain headline, as in the text form.
     */
    public static String markdown(Digest d, String base) {
        StringBuilder s = new StringBuilder("# Precis digest " + d.window().label() + "\n");
        if (d.stories().isEmpty()) {
            s.append('\n').append(NOTHING).append('\n');
        }
        Set<Long> twins = twins(d);
        DigestLinks links = DigestLinks.portable(base, "");
        for (Digest.Entry e : d.stories()) {
            s.append("\n## ").append(mdAnchor(links.story(e.story().id()), e.story().title())).append("\n\n")
                    .append('*').append(e.newArticles().size()).append(" new of ").append(Counts.of(e.story().size(), "article", "articles")).append(", ")
                    .append(Counts.of(e.sources(), "source", "sources")).append(md(latest(e, ", "))).append("*\n\n");
            for (StorySummary.Sentence x : e.summary().sentences()) {
                s.append("- ").append(md(said(x))).append(" (").append(mdAnchor(links.article(x.articleId(), x.articleUrl()), x.headline()))
                        .append(md(provenance(x, twins))).append(")\n");
            }
        }
        return s.toString();
    }

    public static String json(Digest d) {
        try {
            ObjectNode n = JSON.createObjectNode();
            n.put("since", d.window().since().toString());
            // a date window takes undated articles added since its date's start: named, not null (undated ones count)
            n.put("addedSince", d.window().addedFrom().toString());
            n.put("addedSinceFor", d.window().addedSinceFor());
            n.put("generated", d.generated());
            n.set("stories", JSON.valueToTree(d.stories()));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("digest not serialisable: " + e.getMessage(), e);
        }
    }

    /** The whole page, its links to the reader's pages at {@code base} ("": relative). */
    public static String html(Digest d, String base) {
        return html(d, DigestLinks.site(base));
    }

    /** The whole page with {@code links}' links (a mail's: where its reader can follow them). */
    public static String html(Digest d, DigestLinks links) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Precis digest " + esc(d.window().label())
                + "</title><style>" + CSS + "</style></head><body>\n" + htmlBody(d, links) + "</body></html>\n";
    }

    /** The page's content without the document around it (for feeds and the reader's layout). */
    public static String htmlBody(Digest d, String base) {
        return htmlBody(d, DigestLinks.site(base));
    }

    private static String htmlBody(Digest d, DigestLinks links) {
        StringBuilder s = new StringBuilder("<h1>What happened " + esc(d.window().label()) + "</h1>\n");
        if (d.stories().isEmpty()) {
            s.append("<p>").append(NOTHING).append("</p>\n");
        }
        Set<Long> twins = twins(d);
        for (Digest.Entry e : d.stories()) {
            s.append("<section><h2>").append(anchor(links.story(e.story().id()), e.story().title())).append("</h2>\n<p class=\"meta\">")
                    .append(e.newArticles().size()).append(" new of ").append(Counts.of(e.story().size(), "article", "articles")).append(" · ")
                    .append(Counts.of(e.sources(), "source", "sources"));
            s.append(esc(latest(e, " · ")));
            s.append("</p>\n<ol class=\"summary\">\n");
            for (StorySummary.Sentence x : e.summary().sentences()) {
                s.append("<li>").append(esc(said(x))).append(" <span class=\"src\">(").append(anchor(links.article(x.articleId(), x.articleUrl()),
                        x.headline())).append(esc(provenance(x, twins))).append(")</span></li>\n");
            }
            s.append("</ol>\n");
            if (e.summary().sentences().isEmpty()) {
                for (ArticleRef a : e.newArticles().subList(0, Math.min(3, e.newArticles().size()))) {
                    s.append("<p>").append(anchor(links.article(a.id(), null), a.title())).append("</p>\n");
                }
            }
            s.append("</section>\n");
        }
        return s.toString();
    }

    /** "{@code separator}latest DATE": the story's newest publication date, which every form shows beside its counts ("" when undated). */
    private static String latest(Digest.Entry e, String separator) {
        return e.story().lastPublished() == null ? "" : separator + "latest " + e.story().lastPublished();
    }

    /** {@code text} as a link to {@code href}, or as plain text when there is no link to give. */
    private static String anchor(String href, String text) {
        return href == null ? esc(text) : "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /**
     * What follows the headline: ", source, date" for what is known, and ", article N" when the article is one
     * of {@code twins}: two articles with the same headline are told apart by their source, then their date,
     * and only when both agree too (a wire story run twice on one day) by the short id the reader's links use.
     */
    static String provenance(StorySummary.Sentence x, Set<Long> twins) {
        return known(x) + (twins.contains(x.articleId()) ? ", article " + x.articleId() : "");
    }

    private static String known(StorySummary.Sentence x) {
        return (x.source() != null ? ", " + x.source() : "") + (x.published() != null ? ", " + x.published() : "");
    }

    /** The articles cited in the digest whose headline, source and date all read as another cited article's do. */
    static Set<Long> twins(Digest d) {
        Map<String, Set<Long>> byCitation = new HashMap<>();
        for (Digest.Entry e : d.stories()) {
            for (StorySummary.Sentence x : e.summary().sentences()) {
                byCitation.computeIfAbsent(x.headline() + known(x), k -> new HashSet<>()).add(x.articleId());
            }
        }
        Set<Long> twins = new HashSet<>();
        byCitation.values().stream().filter(ids -> ids.size() > 1).forEach(twins::addAll);
        return twins;
    }

    /**
     * The sentence on one line as a reader is shown it (a space the source left out after a comma or stop put back,
     * half a quotation paired: {@link ShownQuotes}; the JSON form keeps the text as stored, its range pointing into it), followed by who is quoted in it when the
     * quote finder knows and the sentence does not say.
     */
    static String said(StorySummary.Sentence x) {
        String who = x.attribution();
        return oneLine(ShownQuotes.shown(x)) + (who != null ? " — " + oneLine(who) : "");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** {@code text} as a Markdown link to {@code href}, or as plain text when there is no link to give. */
    private static String mdAnchor(String href, String text) {
        return href == null ? md(text) : "[" + md(text) + "](" + mdLink(href) + ")";
    }

    /** A link destination Markdown reads to its end: spaces and parentheses escaped. */
    private static String mdLink(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }

    private static String md(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
