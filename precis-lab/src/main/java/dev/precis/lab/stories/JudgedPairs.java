package dev.precis.lab.stories;

import dev.precis.eval.stories.EventArticle;
import dev.precis.eval.stories.EventSets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of articles judged same event or not: the SemEval-2022 Task 8 pairs whose judgement
 * {@link EventSets#readSemEval} turns into events ({@link EventSets#semEvalPairs}), or every pair of a set with gold
 * events ({@link #ofEvents}).
 */
record JudgedPairs(List<Pair> pairs) {

    /** One judged pair: the two article ids and whether the judges saw one event. */
    record Pair(String a, String b, boolean same) {
    }

    /** Every pair of the articles of a labelled set, same event when their gold events are one. */
    static JudgedPairs ofEvents(List<EventArticle> set) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            for (int j = i + 1; j < set.size(); j++) {
                out.add(new Pair(set.get(i).id(), set.get(j).id(), set.get(i).event().equals(set.get(j).event())));
            }
        }
        return new JudgedPairs(List.copyOf(out));
    }

    /** The judged SemEval pairs of {@code split} in {@code language} ({@link EventSets#semEvalPairs}). */
    static JudgedPairs read(Path file, String split, String language) throws IOException {
        return new JudgedPairs(EventSets.semEvalPairs(file, split, language).stream().map(p -> new Pair(p.a(), p.b(), p.same())).toList());
    }
}
