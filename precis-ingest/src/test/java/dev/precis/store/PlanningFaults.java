package dev.precis.store;

/**
 * Tests of the ingest paths: a fault injected into a library's story planning ({@link StoryPlanning#probe}), which is
 * package-private in the store so that no product code can reach it.
 */
public final class PlanningFaults {

    private PlanningFaults() {
    }

    /**
     * Makes {@code step} ("plan": before the article is planned; "record": after the topic space recorded it) throw for
     * the article with this headline, every time it comes.
     */
    public static void failAt(Library library, String step, String title) {
        library.planningProbe((s, t) -> {
            if (s.equals(step) && title.equals(t)) {
                throw new IllegalStateException("invented " + step + " fault\nsecond line of the trace");
            }
        });
    }

    /** Makes the search index refuse the documents of the articles with these headlines, every time they come. */
    public static void failIndexAt(Library library, String... titles) {
        java.util.Set<String> refused = java.util.Set.of(titles);
        library.indexProbe(t -> {
            if (refused.contains(t)) {
                throw new IllegalArgumentException("invented index fault\nsecond line of the trace");
            }
        });
    }
}
