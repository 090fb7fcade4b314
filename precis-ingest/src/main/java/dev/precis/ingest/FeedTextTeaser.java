package dev.precis.ingest;

import dev.precis.store.Library;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored article a page just read refreshes: the one stored from its feed's own text (a teaser) at the
 * page's URL. A page is looked up by both its URLs — the one its extractor reports, which may be a canonical
 * link, and the one it was fetched from, the feed item's link — so a page naming another canonical address
 * still takes its teaser's place instead of being stored beside it.
 */
final class FeedTextTeaser {

    private FeedTextTeaser() {
    }

    /** The teaser's id, or -1. Only URLs the library holds are queried (an in-memory check): a first reading costs no query. */
    static long find(Library library, String pageUrl, String fetchedUrl) throws IOException {
        for (String url : Objects.equals(pageUrl, fetchedUrl) ? new String[] {pageUrl} : new String[] {pageUrl, fetchedUrl}) {
            if (library.hasUrl(url)) {
                Optional<Long> id = library.subscriptions().feedTextArticle(url);
                if (id.isPresent()) {
                    return id.get();
                }
            }
        }
        return -1;
    }
}
