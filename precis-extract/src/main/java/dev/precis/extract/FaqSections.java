package dev.precis.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Questions and answers set after the body in a box of their own ("Frequently asked questions"): the
 * article's last section, which a page builder keeps apart from the body's box. Stateless and
 * thread-safe.
 */
final class FaqSections {

    /** A heading that names the box a list of questions and answers: "FAQ", "Pruning FAQs", "Frequently asked questions". */
    private static final Pattern FAQ_HEADING = Pattern.compile(
            "(?i)(?:.*\\s)?(?:faqs?|frequently asked questions)\\s*[:?]?");
    /** Such a heading is short. */
    private static final int MAX_HEADING_CHARS = 80;
    /** Answers are prose: a box mostly of links is a list of other pages' questions. */
    private static final double MAX_LINK_DENSITY = 0.25;

    private FaqSections() {
    }

    /**
     * True when {@code box} opens with a heading naming questions and answers, or its class names them
     * ("faq"), and holds few links and no strong chrome name.
     */
    static boolean faq(Element box, ElementStats stats) {
        ElementStats.Counts c = stats.get(box);
        if (c.chars == 0 || c.linkDensity() > MAX_LINK_DENSITY || ClassSignals.strongChrome(box)) {
            return false;
        }
        if (namedFaq(box)) {
            return true;
        }
        Element heading = box.selectFirst(Queries.HEADINGS);
        if (heading == null) {
            return false;
        }
        String text = heading.text();
        return text.length() <= MAX_HEADING_CHARS && FAQ_HEADING.matcher(text).matches();
    }

    private static boolean namedFaq(Element box) {
        for (String word : ClassSignals.words(box.className() + " " + box.id())) {
            if ("faq".equals(word) || "faqs".equals(word)) {
                return true;
            }
        }
        return false;
    }
}
