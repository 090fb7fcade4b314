package dev.precis.batch;

/** News-like pages and texts written for these tests. */
final class Fixtures {

    private Fixtures() {
    }

    static final String BRIDGE_TITLE = "Valley town reopens its rebuilt river bridge after two years";
    static final String[] BRIDGE = {
        "The rebuilt river bridge in the valley town of Marlow Ferry reopened to traffic on Monday, two years after floods washed away its middle span.",
        "Mayor Helen Osei said the new bridge would carry twice the load of the old one and had been raised by a metre to stay clear of future floods.",
        "\"We have waited a long time for this day, and the whole town came out to see it,\" Osei told reporters at the opening ceremony.",
        "Engineers from the regional roads agency spent eighteen months on the foundations, which now reach the bedrock under the river.",
        "Local shop owners said the closure had cut their trade by a third, as drivers from the north bank had to take a forty-minute detour.",
        "The agency said the work cost 14 million euros, shared between the national flood fund and the regional government.",
    };

    static final String LIBRARY_TITLE = "City library extends its opening hours into the evening";
    static final String[] LIBRARY = {
        "The central library in Harwick will stay open until nine in the evening from next month, the city council announced on Thursday.",
        "Councillor James Pryor said the longer hours answered a survey in which most students asked for quiet places to study after school.",
        "The library will hire four new staff for the evening shifts, paid for by savings from a new heating system installed last year.",
        "Readers will also be able to borrow laptops for the day, and the children's room will host reading sessions twice a week.",
        "\"A library should be open when people are free to use it,\" Pryor said, adding that the change would be reviewed after six months.",
    };

    static String articlePage(String title, String[] paragraphs) {
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>").append(title)
                .append(" | Valley News</title></head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/local\">Local</a></li>"
                        + "<li><a href=\"/sport\">Sport</a></li></ul></nav><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article><footer><p>Copyright Valley News</p></footer></body></html>").toString();
    }

    /** A page of links only: a listing, no article. */
    static String listingPage() {
        StringBuilder sb = new StringBuilder("<html><head><title>Local news | Valley News</title></head><body><h1>Local news</h1><ul>");
        for (int i = 0; i < 30; i++) {
            sb.append("<li><a href=\"/local/story-").append(i).append("\">Story number ").append(i).append(" from the valley</a></li>");
        }
        return sb.append("</ul></body></html>").toString();
    }

    static String text(String[] paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}
