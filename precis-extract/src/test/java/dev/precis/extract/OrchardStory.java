package dev.precis.extract;

/** Body paragraphs of a project-written article (growers saving water), shared by the body-cleaning tests. */
final class OrchardStory {

    private OrchardStory() {
    }

    /** {@code n} numbered paragraphs of about 130 characters each. */
    static String paragraphs(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<p>Part ").append(i).append(": the growers along the valley changed how they water their orchards "
                    + "this summer, and the county measured the savings month by month.</p>\n");
        }
        return b.toString();
    }
}
