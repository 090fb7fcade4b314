package dev.precis.extract;

import org.jsoup.nodes.Element;

/**
 * Where the page's own article stands for the date readers: the heading that reads as the title, the article box
 * that holds it, and the boxes after it that are other articles (a next story, a repeat of the page's own box),
 * whose dates are not the page's. Moved out of {@link DateText} unchanged (its size), used by it,
 * {@link VisibleDates}, {@link MetadataReader}, {@link ImageAddressDates} and {@link SideLabelledBoxes}.
 */
final class OwnArticle {

    private OwnArticle() {
    }

    /** The heading that reads as the title, else the first h1, else the article or main box. */
    static Element headline(Element body, String title) {
        String want = title == null ? "" : TitleChooser.norm(title);
        Element firstH1 = null;
        if (!want.isEmpty()) {
            for (Element h : ElementWalk.named(body, "h1", "h2", "h3")) {
                String t = TitleChooser.norm(h.text());
                if (!t.isEmpty() && (t.equals(want) || t.length() > 12 && (want.startsWith(t) || t.startsWith(want)))) {
                    return h;
                }
            }
        }
        for (Element h : ElementWalk.named(body, "h1")) {
            if (!h.text().isBlank()) {
                firstH1 = h;
                break;
            }
        }
        Element titleBox = titleBox(body, want, firstH1);
        return titleBox != null ? titleBox : firstH1 != null ? firstH1 : body.selectFirst(Queries.STORY);
    }

    /** The fewest characters a title set in a plain box must hold to be found there (not a word or two of a menu). */
    private static final int TITLE_BOX = 20;

    /**
     * When no heading reads as the title: the first box before {@code firstH1} (anywhere when there is none) whose own
     * text is the title, a page builder's headline set in a {@code <div>} ({@code <div class="title">Neue Brücke über
     * den Fluss</div>}) above a footer's or a sidebar's {@code <h1>}; not one in a link, a list item or a menu (a
     * breadcrumb's last step, a related list's entry). Null when there is none.
     */
    private static Element titleBox(Element body, String want, Element firstH1) {
        if (want.length() < TITLE_BOX) {
            return null;
        }
        for (Element e : ElementWalk.all(body)) {
            if (e == firstH1) {
                return null;
            }
            if (e.ownText().length() >= TITLE_BOX && TitleChooser.norm(e.ownText()).equals(want)
                    && e.closest("a, li, nav") == null) {
                return e;
            }
        }
        return null;
    }

    /**
     * True for an {@code <article>} with a heading of its own that follows the headline's {@code <article>}
     * ({@code story}, null when it holds no text of its own; its text started at {@code storyAt}) outside it:
     * another article the page shows after its own, in full or as a card.
     */
    static boolean nextArticle(Element e, Element story, int storyAt) {
        return storyAt >= 0 && story != null && "article".equals(story.normalName()) && "article".equals(e.normalName())
                && !contains(story, e) && e.selectFirst(Queries.HEADINGS) != null;
    }

    /**
     * The box that holds the page's own text around {@code headline}: {@code ownStory} (the headline's
     * {@code <article>} when it holds the text), else the headline's nearest box below the body that holds it
     * (more than {@link #STORY_TEXT} characters), or null.
     */
    static Element ownBox(Element headline, Element ownStory) {
        if (ownStory != null || headline == null) {
            return ownStory;
        }
        for (Element p = headline.parent(); p != null && !"body".equals(p.normalName()); p = p.parent()) {
            if (holdsText(p)) {
                return "article".equals(p.normalName()) || "main".equals(p.normalName()) ? null : p;
            }
        }
        return null;
    }

    /** The least text a plain box after an {@code <article>} holds to be another article, not a box of links. */
    private static final int NEXT_TEXT = 200;

    /**
     * True for another article in plain boxes after the page's own box {@code own} (already passed), as its
     * sibling: after an {@code <article>}, a {@code <div>} or {@code <section>} with a heading of its own and at
     * least {@link #NEXT_TEXT} characters of text ("Article suivant" in a theme's {@code <div class="next-post">});
     * after a plain box, a box of the same element and class with a heading (a template that repeats the
     * article's box for the next one).
     */
    static boolean nextBox(Element e, Element own) {
        if (own == null || e == own || e.parent() != own.parent() || e.selectFirst(Queries.HEADINGS) == null) {
            return false;
        }
        if ("article".equals(own.normalName())) {
            return ("div".equals(e.normalName()) || "section".equals(e.normalName()))
                    && BoundedText.of(e, NEXT_TEXT).length() >= NEXT_TEXT;
        }
        return e.normalName().equals(own.normalName()) && !own.className().isBlank()
                && e.className().equals(own.className());
    }

    /**
     * The {@code <article>}s {@link #nextArticle} passes over on a page whose headline is {@code headline}: those
     * with a heading of their own after the headline's {@code <article>}, outside it. Empty when the headline
     * stands in no {@code <article>}.
     */
    static java.util.Set<Element> nextArticles(Element body, Element headline) {
        Element story = headline == null ? null : headline.closest(Queries.STORY);
        java.util.Set<Element> next = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Element own = ownBox(headline, holdsText(story) ? story : null);
        if (own != null && own.parent() != null) {
            // plain boxes after the page's own ({@link #nextBox})
            for (Element sib = own.nextElementSibling(); sib != null; sib = sib.nextElementSibling()) {
                if (nextBox(sib, own)) {
                    next.add(sib);
                }
            }
        }
        if (story == null || !"article".equals(story.normalName()) || !holdsText(story)) {
            return next;
        }
        boolean after = false;
        for (Element a : ElementWalk.named(body, "article")) {
            if (a == story) {
                after = true;
            } else if (after && nextArticle(a, story, 0)) {
                next.add(a);
            }
        }
        return next;
    }

    /** The least text the headline's {@code <article>} holds when it is the article itself, not its header alone. */
    private static final int STORY_TEXT = 400;

    /**
     * True when {@code story} (may be null) holds the article's text, not only its headline: a theme that sets the
     * headline in an {@code <article>} of its own and the text in a second one makes that second one the page's.
     */
    static boolean holdsText(Element story) {
        return story != null && BoundedText.of(story, STORY_TEXT).length() > STORY_TEXT;
    }

    /** True when {@code e} stands inside one of {@code boxes}. */
    static boolean inside(Element e, java.util.Set<Element> boxes) {
        for (Element p = e; p != null && !boxes.isEmpty(); p = p.parent()) {
            if (boxes.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(Element box, Element inner) {
        for (Element p = inner; p != null; p = p.parent()) {
            if (p == box) {
                return true;
            }
        }
        return false;
    }
}
