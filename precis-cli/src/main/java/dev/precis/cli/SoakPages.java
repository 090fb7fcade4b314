package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic news pages for the soak benchmark, written here from small word lists: each page has site
 * chrome (navigation, a related-links box, a footer), a headline, a byline, a date and four to eight
 * paragraphs naming people, organizations and places, with a quote and time expressions, so that every
 * stage (extraction, entities, quotes, times, summary, stories, the index) has work. Page {@code i} of a
 * seed is always the same; different pages are different articles (their numbers, names and sentence
 * choices differ), and a few in a hundred repeat an earlier page's text, as feeds do. Not thread-safe.
 */
final class SoakPages {

    private static final String[] FIRST = {"Ellen", "Marta", "Oskar", "Hanna", "Tomas", "Ines", "Piotr", "Leila", "Jonas", "Amara",
        "Ruth", "Karel", "Noor", "Dmitri", "Sofia", "Emeka", "Greta", "Yusuf", "Clara", "Mateo"};
    private static final String[] LAST = {"Brook", "Quill", "Veldt", "Lutz", "Marek", "Solberg", "Adeyemi", "Castell", "Ferrand",
        "Nakamura", "Osei", "Lindqvist", "Varga", "Moreau", "Halloran", "Petrov", "Duarte", "Whitcombe", "Rasku", "Iyer"};
    private static final String[] TOWN = {"Portmere", "Kellby", "Dree", "Alsworth", "Marrow Bay", "Tessin", "Holmfirth", "Caldra",
        "Norvik", "Ebbridge", "Stanmore", "Velling", "Ashcombe", "Rendal", "Kirkholt"};
    private static final String[] ORG = {"the harbour council", "the Northline ferry company", "the regional water board",
        "the teachers' union", "the county hospital trust", "the national rail operator", "the farmers' cooperative",
        "the city transport authority", "the energy regulator", "the public library service"};
    private static final String[] THING = {"bridge", "pier", "school", "hospital wing", "rail line", "water plant", "library",
        "bus depot", "sea wall", "market hall", "wind farm", "ferry terminal"};
    private static final String[] ACT = {"rebuild", "close", "expand", "reopen", "sell", "repair", "replace", "inspect"};
    private static final String[] WHEN = {"on Monday", "on Tuesday", "last week", "next month", "in the spring", "by the end of the year",
        "on Friday", "earlier this month", "in two weeks", "last year"};
    private static final String[] SECTION = {"News", "World", "Business", "Politics", "Science", "Sport", "Culture", "Local"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long seed;

    SoakPages(long seed) {
        this.seed = seed;
    }

    /** Page {@code i} as a JSONL line {@code {"id","url","html"}}. */
    String line(int i) {
        Random r = new Random(seed * 1_000_003L + (i % 97 == 13 && i > 100 ? i - 100 : i));
        String first = pick(r, FIRST) + " " + pick(r, LAST);
        String second = pick(r, FIRST) + " " + pick(r, LAST);
        String town = pick(r, TOWN);
        String org = pick(r, ORG);
        String thing = pick(r, THING);
        String act = pick(r, ACT);
        int money = 2 + r.nextInt(400);
        int votes = 3 + r.nextInt(40);
        LocalDate day = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000));
        String title = capital(org) + " to " + act + " " + town + " " + thing + " at a cost of " + money + " million";
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(capital(org) + " in " + town + " voted " + votes + " to " + (votes / 3) + " " + pick(r, WHEN) + " to " + act
                + " the " + thing + ", which has served the town for " + (20 + r.nextInt(90)) + " years.");
        paragraphs.add("\"We cannot wait another " + (r.nextBoolean() ? "winter" : "year") + ",\" said " + first + ", who leads "
                + org + ". \"The " + thing + " is part of daily life in " + town + ".\"");
        int more = 2 + r.nextInt(5);
        for (int k = 0; k < more; k++) {
            switch (r.nextInt(4)) {
                case 0 -> paragraphs.add(second + " said the work would start " + pick(r, WHEN) + " and take about " + (2 + r.nextInt(30))
                        + " months, with " + (10 + r.nextInt(300)) + " people employed on the site.");
                case 1 -> paragraphs.add("The plan was first proposed in " + (2005 + r.nextInt(18)) + ", when the " + thing + " in "
                        + pick(r, TOWN) + " was closed after an inspection found " + (2 + r.nextInt(40)) + " faults.");
                case 2 -> paragraphs.add("Critics, including " + pick(r, FIRST) + " " + pick(r, LAST) + " of " + pick(r, ORG)
                        + ", said the money would be better spent on " + pick(r, THING) + "s and " + pick(r, THING) + "s.");
                default -> paragraphs.add("Residents will be able to comment on the plans until " + day.plusDays(30 + r.nextInt(60))
                        + ", and a final decision is expected " + pick(r, WHEN) + ".");
            }
        }
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title).append(" | ")
                .append(town).append(" Gazette</title><meta property=\"article:published_time\" content=\"").append(day)
                .append("T08:00:00Z\"></head><body><header><a href=\"/\">").append(town).append(" Gazette</a><nav><ul>");
        for (String s : SECTION) {
            html.append("<li><a href=\"/").append(s.toLowerCase()).append("\">").append(s).append("</a></li>");
        }
        html.append("</ul></nav></header><main><article><h1>").append(title).append("</h1><p class=\"byline\">By ")
                .append(pick(r, FIRST)).append(' ').append(pick(r, LAST)).append("</p><time datetime=\"").append(day).append("\">")
                .append(day).append("</time>");
        for (String p : paragraphs) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        html.append("</article><aside><h2>Most read</h2><ul>");
        for (int k = 0; k < 5; k++) {
            html.append("<li><a href=\"/news/").append(r.nextInt(100000)).append("\">").append(capital(pick(r, ORG))).append(" ")
                    .append(pick(r, ACT)).append("s ").append(pick(r, THING)).append("</a></li>");
        }
        html.append("</ul></aside></main><footer><p>Copyright ").append(town).append(" Gazette. All rights reserved.</p>")
                .append("<a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer></body></html>");
        ObjectNode o = JSON.createObjectNode().put("id", "soak-" + i)
                .put("url", "https://" + town.toLowerCase().replace(" ", "") + "-gazette.example/news/" + i).put("html", html.toString());
        return o.toString();
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
