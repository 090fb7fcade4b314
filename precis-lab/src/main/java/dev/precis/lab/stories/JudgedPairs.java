package dev.precis.lab.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.eval.stories.EventArticle;
import dev.precis.eval.stories.EventSets;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SemEval-2022 Task 8 pairs whose judgement {@link EventSets#readSemEval} turns into events: human-written
 * (no machine translation), both articles in one language, one split, the Overall score at most
 * {@link EventSets#SEMEVAL_SAME} (same event) or at least {@link EventSets#SEMEVAL_DIFFERENT} (not), each pair id once;
 * or every pair of a set with gold events ({@link #ofEvents}).
 */
record JudgedPairs(List<Pair> pairs) {

    /** One judged pair: the two article ids and whether the judges saw one event. */
    record Pair(String a, String b, boolean same) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

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

    static JudgedPairs read(Path file, String split, String language) throws IOException {
        List<Pair> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String id = n.path("pair_id").asText("");
                if (!language.equals(n.path("lang1").asText()) || !language.equals(n.path("lang2").asText())
                        || n.path("machine_translated").asBoolean(false) || !split.equals(n.path("file").asText())
                        || !seen.add(id)) {
                    continue;
                }
                double overall = n.path("Overall").asDouble(Double.NaN);
                if (!(overall <= EventSets.SEMEVAL_SAME || overall >= EventSets.SEMEVAL_DIFFERENT)) {
                    continue;
                }
                String[] ids = id.split("_");
                if (ids.length != 2) {
                    throw new IOException(file + ":" + number + ": pair_id is not two ids joined by _");
                }
                out.add(new Pair(ids[0], ids[1], overall <= EventSets.SEMEVAL_SAME));
            }
        }
        return new JudgedPairs(List.copyOf(out));
    }
}
