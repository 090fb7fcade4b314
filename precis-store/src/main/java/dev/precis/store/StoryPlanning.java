package dev.precis.store;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The write path's story planning: a new article's plan against the topic space, and the stored article
 * recorded in the space. Inline, on the caller's thread, unless {@link #threaded threaded} (a bulk load): then
 * on a thread of its own, so the writer inserts an article's rows while the article is planned, and stores the
 * next one's while the space records it — planning was a third of the writer's time. Tasks run one at a time in
 * the order given, and the writer gives them in the inline order (plan N, record N, plan N+1), so every plan sees
 * exactly the space it would have seen inline. The writer needs a plan only to join its story ({@link Pending#get});
 * when the planning thread has not started it by then (on a busy host a woken thread waits its turn for a core),
 * the writer runs the tasks still waiting itself, in their order, rather than wait for that thread to be scheduled.
 * A reader of the space waits for the tasks first ({@link #settle}). After a task fails, the later ones are
 * skipped, and the failure is reported once, by the next {@link Pending#get} or {@link #settle}.
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

    /** One task, run once, by the planning thread or by the writer, whichever holds {@link #running} first. */
    private static final class Task<T> {
        final Supplier<T> work;
        T result;
        Throwable failed;
        volatile boolean done;

        Task(Supplier<T> work) {
            this.work = work;
        }
    }

    /** Tasks given and not yet run, in order; taken only by a thread holding {@link #running}. */
    private final Queue<Task<?>> waiting = new ConcurrentLinkedQueue<>();
    /** Held while a task runs: tasks run one at a time, in order. */
    private final ReentrantLock running = new ReentrantLock();
    /** The planning thread, or null while planning runs inline. */
    private volatile Thread thread;
    /** The first failure of a task, not yet reported (under {@link #running}). */
    private Throwable failure;
    /** The last task given. */
    private Task<?> last;
    /**
     * A test's fault injection, null in use: called where a step runs (on the planning thread or inline) with the step,
     * {@code "plan"} before an article is planned or {@code "record"} after the space recorded it, and its headline; what
     * it throws is that step's failure. Set before the library writes.
     */
    Probe probe;

    /** See {@link #probe}. */
    interface Probe {
        void at(String step, String title);
    }

    /** Plans an article with these features, day and headline (either may be null) against {@code topics}. */
    Pending plan(TopicSpace topics, ArticleFeatures f, Long day, String title) {
        Probe probe = this.probe;
        Supplier<Planned> work = () -> {
            if (probe != null) {
                probe.at("plan", title);
            }
            TopicSpace.Plan p = topics.plan(f, day, title);
            return new Planned(p, LibraryWrites.keyNames(topics, p, f));
        };
        if (thread == null) {
            Planned p = work.get();
            return () -> p;
        }
        Task<Planned> task = give(work);
        return () -> await(task);
    }

    /** Records a stored article in {@code topics}: its features, day and story, and its headline. */
    void add(TopicSpace topics, long id, ArticleFeatures f, Long day, long story, String title) {
        Probe probe = this.probe;
        Supplier<Void> work = () -> {
            topics.add(id, f, day, story);
            if (probe != null) {
                probe.at("record", title);
            }
            topics.headline(id, title);
            return null;
        };
        if (thread == null) {
            work.get();
        } else {
            give(work);
        }
    }

    /** Waits until every task given has run; throws the failure not yet reported, if any. */
    void settle() throws IOException {
        Task<?> t = last;
        last = null;
        if (t != null) {
            await(t);
        }
    }

    /** Starts the planning thread (no-op when it runs), or settles and stops it (no-op when none runs). */
    void threaded(boolean on) throws IOException {
        if (on && thread == null) {
            Thread t = new Thread(this::work, "precis-story-planning");
            t.setDaemon(true);
            thread = t;
            t.start();
        } else if (!on && thread != null) {
            try {
                settle();
            } finally {
                abandon();
            }
        }
    }

    /** Stops the thread without waiting for its tasks (a crash, or a library that forgets its space). */
    void abandon() {
        Thread t = thread;
        if (t != null) {
            thread = null;
            LockSupport.unpark(t);
            waiting.clear();
            last = null;
        }
    }

    private <T> Task<T> give(Supplier<T> work) {
        Task<T> task = new Task<>(work);
        last = task;
        waiting.add(task);
        LockSupport.unpark(thread);
        return task;
    }

    /** The planning thread: runs the tasks waiting, then sleeps until more are given. */
    private void work() {
        Thread self = Thread.currentThread();
        while (thread == self) {
            running.lock();
            try {
                for (Task<?> t = waiting.poll(); t != null; t = waiting.poll()) {
                    run(t);
                }
            } finally {
                running.unlock();
            }
            if (waiting.isEmpty() && thread == self) {
                LockSupport.park(this);
            }
        }
    }

    /** Runs one task (holding {@link #running}); a task after a failure is skipped. */
    private <T> void run(Task<T> t) {
        if (failure != null) {
            t.failed = new IllegalStateException("skipped after an earlier failure");
        } else {
            try {
                t.result = t.work.get();
            } catch (RuntimeException | Error e) {
                t.failed = e;
                failure = e;
            }
        }
        t.done = true;
    }

    private <T> T await(Task<T> t) throws IOException {
        if (!t.done) {
            running.lock();
            try {
                // whatever is still waiting up to this task runs here, in order, if the thread has not taken it
                while (!t.done) {
                    run(waiting.remove());
                }
            } finally {
                running.unlock();
            }
        }
        if (t.failed == null) {
            return t.result;
        }
        Throwable cause;
        running.lock();
        try {
            cause = failure != null ? failure : t.failed;
            failure = null;
        } finally {
            running.unlock();
        }
        last = null;
        String m = cause.getMessage();
        throw new IOException("story planning failed: " + (m == null ? cause.getClass().getSimpleName() : m.lines().findFirst().orElse("")), cause);
    }
}
