package dev.precis.store;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The write path's story planning: a new article's plan against the topic space, and the stored article
 * recorded in the space. Inline, on the caller's thread, unless {@link #threaded threaded} (a bulk load): then
 * on a thread of its own, so the writer inserts an article's rows while the article is planned, and stores the
 * next one's while the space records it — planning was a third of the writer's time. The thread runs its tasks
 * one at a time in the order given, and the writer gives them in the inline order (plan N, record N, plan N+1),
 * so every plan sees exactly the space it would have seen inline. The writer needs a plan only to join its story
 * ({@link Pending#get}); a reader of the space waits for the thread first ({@link #settle}). After a task fails,
 * the later ones are skipped, and the failure is reported once, by the next {@link Pending#get} or {@link #settle}.
 */
final class StoryPlanning {

    /** An article's plan with the key names of the story it joins, read from the space when it was planned. */
    record Planned(TopicSpace.Plan plan, String keyNames) {
    }

    /** A plan on its way. */
    interface Pending {
        /** The plan, once worked out; an IOException naming the cause when the planning thread failed. */
        Planned get() throws IOException;
    }

    /** The planning thread, or null while planning runs inline. */
    private ExecutorService thread;
    /** The first failure of a task on the thread, not yet reported (only that thread sets it). */
    private volatile Throwable failure;
    /** The last task given to the thread. */
    private Future<?> last;

    /** Plans an article with these features, day, headline and body (either may be null) against {@code topics}. */
    Pending plan(TopicSpace topics, ArticleFeatures f, Long day, String title, String body) {
        Supplier<Planned> task = () -> {
            TopicSpace.Plan p = topics.plan(f, day, title, body);
            return new Planned(p, LibraryWrites.keyNames(topics, p, f));
        };
        if (thread == null) {
            Planned p = task.get();
            return () -> p;
        }
        Future<Planned> planned = thread.submit(() -> guarded(task));
        last = planned;
        return () -> await(planned);
    }

    /** Records a stored article in {@code topics}: its features, day and story, its headline and wording. */
    void add(TopicSpace topics, long id, ArticleFeatures f, Long day, long story, String title, String body) {
        Supplier<Void> task = () -> {
            topics.add(id, f, day, story);
            topics.headline(id, title);
            topics.wording(id, title, body);
            return null;
        };
        if (thread == null) {
            task.get();
        } else {
            last = thread.submit(() -> guarded(task));
        }
    }

    /** Waits until every task given has run; throws the failure not yet reported, if any. */
    void settle() throws IOException {
        if (last != null) {
            Future<?> f = last;
            last = null;
            await(f);
        }
    }

    /** Starts the planning thread (no-op when it runs), or settles and stops it (no-op when none runs). */
    void threaded(boolean on) throws IOException {
        if (on && thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "precis-story-planning");
                t.setDaemon(true);
                return t;
            });
        } else if (!on && thread != null) {
            try {
                settle();
            } finally {
                thread.shutdown();
                thread = null;
            }
        }
    }

    /** Stops the thread without waiting for its tasks (a crash, or a library that forgets its space). */
    void abandon() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
            last = null;
            failure = null;
        }
    }

    private <T> T guarded(Supplier<T> task) {
        if (failure != null) {
            throw new IllegalStateException("skipped after an earlier failure");
        }
        try {
            return task.get();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        }
    }

    private <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while planning stories", e);
        } catch (ExecutionException e) {
            Throwable cause = failure != null ? failure : e.getCause();
            failure = null;
            last = null;
            String m = cause.getMessage();
            throw new IOException("story planning failed: " + (m == null ? cause.getClass().getSimpleName() : m.lines().findFirst().orElse("")), cause);
        }
    }
}
