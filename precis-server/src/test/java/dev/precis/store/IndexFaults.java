package dev.precis.store;

/**
 * Tests of the server: the search index made to refuse chosen articles' documents ({@link SearchIndex#probe}, which is
 * package-private in the store so that no product code can reach it).
 */
public final class IndexFaults {

    private IndexFaults() {
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
