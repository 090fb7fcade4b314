package dev.precis.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The story work a {@link Library} defers while articles arrive, and does at
 * {@link Library#consolidateStories()}: the merges that articles of the session bridged (an article joined one
 * story and scored at least {@link StoryPlanner#MERGE_SCORE} with the other; the merged-away id redirects), the
 * splits of stories whose articles no longer hang together ({@link StorySplitter}: the part moved out gets a new
 * id), and a second chance for articles that started a story of their own, now that the library's word statistics
 * include everything added since. Merges and moves are committed in groups, as articles are (a commit per move cost a
 * store write and a file sync each), and the moved articles are indexed again after their group commits; a crash
 * loses at most the open group, whose articles keep the stories they had. Not thread-safe: the library calls it
 * under its lock.
 */
final class StoryConsolidation {

    /** Reads an article's index document (under the library's lock, committing as a read does). */
    interface Documents {
        Optional<IndexDocument> of(long articleId) throws IOException;
    }

    /** Most story merges waiting for {@link #consolidate}. */
    static final int MAX_PENDING_MERGES = 10_000;

    private final StoryWriter stories;
    private final GroupCommit group;
    private final SearchIndex index;
    private final Documents documents;
    /** What the library does when a write fails and the group is lost: forget what it holds in memory. */
    private final Runnable lost;
    /** Articles of this session that started a story of their own. */
    private final List<Long> newStories = new ArrayList<>();
    /** Pairs of stories {joined, also matched} that an article of this session bridged. */
    private final List<long[]> storyMerges = new ArrayList<>();

    StoryConsolidation(StoryWriter stories, GroupCommit group, SearchIndex index, Documents documents, Runnable lost) {
        this.stories = stories;
        this.group = group;
        this.index = index;
        this.documents = documents;
        this.lost = lost;
    }

    /** An article started a story of its own. */
    void started(long articleId) {
        newStories.add(articleId);
    }

    /** An article joined {@code story} and scored high enough with {@code other} to merge them later. */
    void bridged(long story, long other) {
        // bounded: a writer that never consolidates (the server's intake) keeps the first ones only
        if (storyMerges.size() < MAX_PENDING_MERGES) {
            storyMerges.add(new long[] {story, other});
        }
    }

    /** Story work waiting: articles that started a story, plus merges they bridged. */
    int pending() {
        return newStories.size() + storyMerges.size();
    }

    /** Forgets the waiting work (the library reloads its state after a lost group). */
    void forget() {
        newStories.clear();
        storyMerges.clear();
    }

    /**
     * Merges, splits, then replans the session's lone articles; returns the number of articles moved. In a bulk load
     * ({@code held}) each stored article's centred meaning vector is computed once, not per pair (no article is added
     * meanwhile, so the library's mean stays; the scores are the same bits): the bulk load's consolidation compares
     * the whole load's articles, a plain one only a session's few, where holding would cost more than it saves.
     */
    int consolidate(TopicSpace topics, boolean held) throws IOException {
        if (!held) {
            return consolidateHeld(topics);
        }
        topics.holdCentred(true);
        try {
            return consolidateHeld(topics);
        } finally {
            topics.holdCentred(false);
        }
    }

    private int consolidateHeld(TopicSpace topics) throws IOException {
        List<Long> touched = new ArrayList<>();
        int moved = mergeStories(topics, touched);
        moved += splitStories(topics, touched);
        List<Long> todo = new ArrayList<>(newStories);
        newStories.clear();
        for (long id : todo) {
            TopicSpace.Plan plan = topics.replan(id);
            if (plan.storyId() == 0) {
                continue;
            }
            long from = topics.storyOf(id);
            try {
                stories.moveToStory(id, from, plan.storyId(), plan.storyScore(), String.join("; ", topics.keyNames(plan.storyId(), 6)));
            } catch (SQLException e) {
                throw lose("cannot move article " + id + " to story " + plan.storyId(), e);
            }
            group.touch();
            // in memory before the commit: should the commit fail, the library reads the space again
            topics.move(id, plan.storyId());
            touched.add(id);
            moved++;
            if (group.due()) {
                commitMoves(touched);
            }
        }
        commitMoves(touched);
        return moved;
    }

    private int mergeStories(TopicSpace topics, List<Long> touched) throws IOException {
        List<long[]> todo = new ArrayList<>(storyMerges);
        storyMerges.clear();
        int moved = 0;
        for (long[] m : todo) {
            long[] keepDrop = topics.mergeOrder(m[0], m[1]);
            if (keepDrop == null) {
                continue;
            }
            List<Long> ids = topics.merge(keepDrop[1], keepDrop[0]);
            try {
                stories.merge(keepDrop[1], keepDrop[0], String.join("; ", topics.keyNames(keepDrop[0], 6)));
            } catch (SQLException e) {
                throw lose("cannot merge story " + keepDrop[1] + " into " + keepDrop[0], e);
            }
            group.touch();
            touched.addAll(ids);
            moved += ids.size();
            if (group.due()) {
                commitMoves(touched);
            }
        }
        return moved;
    }

    /** Splits the stories that no longer hang together ({@link StorySplitter}); the part moved out gets a new id. */
    private int splitStories(TopicSpace topics, List<Long> touched) throws IOException {
        int moved = 0;
        for (StorySplitter.Split split : StorySplitter.find(topics)) {
            try {
                topics.regroup(split.storyId(), split.kept());
                for (List<Long> part : split.parts()) {
                    long story = stories.split(split.storyId(), part, "");
                    topics.regroup(story, part);
                    stories.keyEntities(story, String.join("; ", topics.keyNames(story, 6)));
                    touched.addAll(part);
                    moved += part.size();
                }
                stories.keyEntities(split.storyId(), String.join("; ", topics.keyNames(split.storyId(), 6)));
            } catch (SQLException e) {
                throw lose("cannot split story " + split.storyId(), e);
            }
            group.touch();
            if (group.due()) {
                commitMoves(touched);
            }
        }
        return moved;
    }

    /** A failed story write loses the open group: roll back, let the library reload, and say what failed. */
    private IOException lose(String what, SQLException e) {
        group.rollback();
        lost.run();
        return new IOException(what + ": " + e.getMessage(), e);
    }

    /** Commits the open group of story moves, then indexes the moved articles again (their story changed). */
    private void commitMoves(List<Long> touched) throws IOException {
        group.commitAndIndexNow();
        for (long id : touched) {
            Optional<IndexDocument> d = documents.of(id);
            if (d.isPresent()) {
                index.put(d.get(), group.indexFailures); // a refused document is its article's failure, the moves go on
            }
        }
        touched.clear();
    }
}
