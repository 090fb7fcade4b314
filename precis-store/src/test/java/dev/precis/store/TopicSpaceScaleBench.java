package dev.precis.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * One-off measurement (not a test): the CPU time the topic space spends per new article (its story plan
 * and its addition, the part of an ingest done under the library's write lock) as the library grows, with
 * synthetic features shaped like the soak's pages: four key names from small lists (15 towns, 10
 * organizations, 400 people) and 60 content words from a power law over 50,000 words. It answers whether
 * ingest slows down as the library grows. Run after a test compile of precis-store:
 * <pre>
 * java -Xmx2g -cp precis-store/target/test-classes:precis-cli/target/precis.jar dev.precis.store.TopicSpaceScaleBench [ARTICLES] [BLOCK]
 * </pre>
 */
public final class TopicSpaceScaleBench {

    private TopicSpaceScaleBench() {
    }

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        int block = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        TopicSpace space = new TopicSpace();
        Random r = new Random(1);
        long t = cpu.getCurrentThreadCpuTime();
        for (int id = 1; id <= total; id++) {
            Map<String, Integer> keys = new HashMap<>();
            keys.put("Town" + r.nextInt(15), 2);
            keys.put("Org" + r.nextInt(10), 2);
            keys.merge("Person" + r.nextInt(400), 1, Integer::sum);
            keys.merge("Person" + r.nextInt(400), 1, Integer::sum);
            Map<String, Integer> terms = new HashMap<>();
            for (int k = 0; k < 60; k++) {
                terms.merge("w" + (int) Math.floor(Math.pow(50_000, r.nextDouble())), 1, Integer::sum);
            }
            ArticleFeatures f = new ArticleFeatures(terms, keys);
            TopicSpace.Plan p = space.plan(f, 100L);
            space.add(id, f, 100L, p.storyId() == 0 ? 1_000_000L + id : p.storyId());
            if (id % block == 0) {
                long now = cpu.getCurrentThreadCpuTime();
                System.out.printf("%,8d articles: %.3f ms CPU per article (the last %,d)%n", id, (now - t) / 1e6 / block, block);
                t = now;
            }
        }
    }
}
