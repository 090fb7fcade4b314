package dev.precis.batch;

import dev.precis.store.ContentFingerprint;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Near-duplicates across the whole corpus, as a Spark step: the store's MinHash signature
 * ({@link ContentFingerprint}: 64 values over word 3-shingles) is cut into 16 bands of 4 rows, the
 * articles are grouped by (band, band hash), and within a group each pair is confirmed on the full
 * signature at the library's own threshold ({@link ContentFingerprint#NEAR_DUPLICATE_SIMILARITY}), so
 * a near-duplicate here is a near-duplicate in a library. Each article that has a confirmed partner
 * ordered before it (by id, then origin) gets {@code duplicateOf}: the first such partner. Exact copies
 * match every band. A group is compared against at most {@link #MAX_EARLIER} earlier members per
 * article, so a degenerate band (thousands of near-empty pages) stays linear.
 */
final class NearDuplicateStep {

    static final int BANDS = 16;
    static final int ROWS = ContentFingerprint.SIZE / BANDS;
    static final int MAX_EARLIER = 64;

    /** One article in a band group: its order key and signature. */
    record Member(String id, String origin, int[] minhash) implements Serializable {
    }

    private NearDuplicateStep() {
    }

    /** (origin → id of the article it near-duplicates), for the articles that have one. */
    static JavaPairRDD<String, String> duplicateOf(JavaRDD<Outcome> articles) {
        JavaPairRDD<Long, Member> banded = articles.flatMapToPair(o -> {
            List<Tuple2<Long, Member>> out = new ArrayList<>(BANDS);
            Member m = new Member(o.id(), o.origin(), o.minhash());
            for (int b = 0; b < BANDS; b++) {
                out.add(new Tuple2<>(bandKey(o.minhash(), b), m));
            }
            return out.iterator();
        });
        return banded.groupByKey().flatMapToPair(group -> {
            List<Member> members = new ArrayList<>();
            group._2().forEach(members::add);
            List<Tuple2<String, Member>> out = new ArrayList<>();
            if (members.size() < 2) {
                return out.iterator();
            }
            members.sort(ORDER);
            for (int i = 1; i < members.size(); i++) {
                Member m = members.get(i);
                ContentFingerprint fp = new ContentFingerprint(null, m.minhash());
                for (int j = Math.max(0, i - MAX_EARLIER); j < i; j++) {
                    Member earlier = members.get(j);
                    if (!earlier.origin().equals(m.origin())
                            && fp.similarity(earlier.minhash()) >= ContentFingerprint.NEAR_DUPLICATE_SIMILARITY) {
                        out.add(new Tuple2<>(m.origin(), earlier));
                        break;
                    }
                }
            }
            return out.iterator();
        }).reduceByKey((a, b) -> ORDER.compare(a, b) <= 0 ? a : b).mapValues(Member::id);
    }

    private static final Comparator<Member> ORDER = (Comparator<Member> & Serializable)
            (a, b) -> a.id().equals(b.id()) ? a.origin().compareTo(b.origin()) : a.id().compareTo(b.id());

    /** The band's key: its index and the hash of its rows (as the store's own index of near-duplicates). */
    static long bandKey(int[] sig, int band) {
        long h = 0xcbf29ce484222325L ^ band;
        for (int r = 0; r < ROWS; r++) {
            h = h * 0x100000001b3L + sig[band * ROWS + r];
        }
        return h * 31 + band;
    }
}
