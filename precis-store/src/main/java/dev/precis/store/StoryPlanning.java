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
 * A reader of the space waits for the tasks first ({@link #settle}). A plan that fails is its own article's failure,
 * reported by its {@link Pending#get}; planning changes nothing in the space, so the tasks after it run as usual. A
 * record that fails may leave part of an article in the space: the later tasks are skipped, and the next
 * {@link Pending#get} or {@link #settle} reports it once, as {@link SpaceLost}, for the writer to read the space again
 * from its database (which holds that article and its story) before it plans anything more.
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

    /**
     * The space failed to record an article (that article's rows and story are stored): the plan this reports was not
     * worked out, and no plan is until the writer reads the space again from the database.
     */
    static final class SpaceLost extends IOException {
        SpaceLost(Throwable cause) {
            super("story planning failed: the topic space could not record an article (" + firstLine(cause) + ")", cause);
        }
    }

    /** One task, run once, by the planning thread or by the writer, whichever holds {@link #running} first. */
    private static final class Task<T> {
        final Supplier<T> work;
        /** A record: its failure loses the space ({@link #lost}). */
        final boolean records;
        T result;
        Throwable failed;
        /** Skipped: an earlier record failed. */
        boolean skipped;
        volatile boolean done;

        Task(Supplier<T> work, boolean records) {
            this.work = work;
            this.records = records;
        }
    }

    /** Tasks given and not yet run, in order; taken only by a thread holding {@link #running}. */
    private final Queue<Task<?>> waiting = new ConcurrentLinkedQueue<>();
    /** Held while a task runs: tasks run one at a time, in order. */
    private final ReentrantLock running = new ReentrantLock();
    /** The planning thread, or null while planning runs inline. */
    private volatile Thread thread;
    /** The failure of a record that left the space in doubt, not yet reported (under {@link #running}, or inline). */
    private Throwable lost;
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
            if (lost != null) {
                SpaceLost e = new SpaceLost(lost);
                lost = null;
                return () -> {
                    throw e;
                };
            }
            Planned p;
            try {
                p = work.get();
            } catch (RuntimeException | Error e) {
                return () -> {
                    throw failed(e);
                };
            }
            return () -> p;
        }
        Task<Planned> task = give(work, false);
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
            if (lost == null) {
                try {
                    work.get();
                } catch (RuntimeException | Error e) {
                    lost = e;
                }
            }
        } else {
            give(work, true);
        }
    }

    /** Waits until every task given has run; throws {@link SpaceLost} when a record failed and no plan reported it yet. */
    void settle() throws IOException {
        Task<?> t = last;
        last = null;
        if (t != null) {
            runUpTo(t);
        }
        Throwable l = takeLost();
        if (l != null) {
            throw new SpaceLost(l);
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

    private <T> Task<T> give(Supplier<T> work, boolean records) {
        Task<T> task = new Task<>(work, records);
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

    /** Runs one task (holding {@link #running}); a task after a failed record is skipped. */
    private <T> void run(Task<T> t) {
        if (lost != null) {
            t.skipped = true;
        } else {
            try {
                t.result = t.work.get();
            } catch (RuntimeException | Error e) {
                t.failed = e;
                if (t.records) {
                    lost = e;
                }
            }
        }
        t.done = true;
    }

    /** Runs what is still waiting up to {@code t}, in order, if the thread has not taken it. */
    private void runUpTo(Task<?> t) {
        if (!t.done) {
            running.lock();
            try {
                while (!t.done) {
                    run(waiting.remove());
                }
            } finally {
                running.unlock();
            }
        }
    }

    private Throwable takeLost() {
        running.lock();
        try {
            Throwable l = lost;
            lost = null;
            return l;
        } finally {
            running.unlock();
        }
    }

    /** A plan's result; its own failure, or {@link SpaceLost} when it was skipped after a failed record. */
    private <T> T await(Task<T> t) throws IOException {
        runUpTo(t);
        if (t.skipped) {
            Throwable l = takeLost();
            if (last == t) {
                last = null;
            }
            throw new SpaceLost(l != null ? l : new IllegalStateException("skipped after an earlier failure"));
        }
        if (t.failed != null) {
            if (last == t) {
                last = null;
            }
            throw failed(t.failed);
        }
        return t.result;
    }

    /** A plan's own failure, in one line. */
    private static IOException failed(Throwable cause) {
        return new IOException("story planning failed: " + firstLine(cause), cause);
    }

    private static String firstLine(Throwable cause) {
        String m = cause.getMessage();
        return m == null ? cause.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
