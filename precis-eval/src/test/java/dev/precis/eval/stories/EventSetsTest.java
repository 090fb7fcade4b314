package dev.precis.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSetsTest {

    @TempDir
    Path dir;

    @Test
    void semEvalPairsBecomeEventsAndUnsurePairsAreLeftOut() throws IOException {
        Path f = dir.resolve("pairs.jsonl");
        Files.writeString(f, String.join("\n",
                pair("1_2", 1.0, "en", "training_set"),
                pair("2_3", 1.5, "en", "training_set"),
                pair("4_5", 4.0, "en", "training_set"),
                pair("6_7", 2.0, "en", "training_set"),
                pair("8_9", 1.0, "de", "training_set"),
                pair("10_11", 1.0, "en", "testing_set")) + "\n");
        List<EventArticle> train = EventSets.readSemEval(f, "training_set");
        Map<String, String> events = train.stream().collect(Collectors.toMap(EventArticle::id, EventArticle::event));
        assertThat(events).containsOnlyKeys("1", "2", "3", "4", "5");
        assertThat(events.get("1")).isEqualTo(events.get("2")).isEqualTo(events.get("3"));
        assertThat(events.get("4")).isNotEqualTo(events.get("5"));
        assertThat(train.get(0).title()).isEqualTo("Headline 1");
        assertThat(EventSets.readSemEval(f, null)).hasSize(7);
        // another language: only the pairs with both articles in it
        assertThat(EventSets.readSemEval(f, null, "de")).extracting(EventArticle::id).containsExactlyInAnyOrder("8", "9");
        // all languages: every pair whose two articles share a language; a pair across two languages is left out
        Path mixed = dir.resolve("mixed.jsonl");
        Files.writeString(mixed, Files.readString(f) + pair("12_13", 1.0, "es", "training_set")
                + "\n" + pair("14_15", 1.0, "de", "training_set").replace("\"lang2\":\"de\"", "\"lang2\":\"en\"") + "\n");
        assertThat(EventSets.readSemEval(mixed, "training_set", EventSets.ALL_LANGUAGES)).extracting(EventArticle::id)
                .containsExactlyInAnyOrder("1", "2", "3", "4", "5", "8", "9", "12", "13");
        // the judged pairs themselves, in file order, the unsure one left out
        assertThat(EventSets.semEvalPairs(f, "training_set", "en")).extracting(p -> p.a() + "_" + p.b() + ":" + p.same())
                .containsExactly("1_2:true", "2_3:true", "4_5:false");
    }

    @Test
    void eventsJsonlNeedsIdEventAndTextAndUniqueIds() throws IOException {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"event\":\"x\",\"title\":\"T\",\"text\":\"Body.\",\"published\":\"2013-05-01\"}\n"
                + "{\"id\":\"a\",\"event\":\"y\",\"text\":\"Other.\"}\n");
        assertThatThrownBy(() -> EventSets.readEvents(f)).hasMessage(f + ":2: id a appears twice");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"Body.\"}\n");
        assertThatThrownBy(() -> EventSets.readEvents(f)).hasMessageContaining(":1: needs \"id\", \"event\" and \"text\"");
    }

    @Test
    void variantsDropEverySecondDateOrAllAndKeepOnlyEventsOfSeveralArticles() {
        List<EventArticle> set = List.of(
                new EventArticle("a", "x", "A", "Body a.", null, "2013-05-01"),
                new EventArticle("b", "x", "B", "Body b.", null, "2013-05-02"),
                new EventArticle("c", "y", "C", "Body c.", null, "2013-06-01"),
                new EventArticle("d", "z", "D", "Body d.", null, null));
        assertThat(EventSets.variant(set, "half", false)).extracting(EventArticle::published)
                .containsExactly("2013-05-01", null, "2013-06-01", null);
        assertThat(EventSets.variant(set, "all", false)).extracting(EventArticle::published).containsOnlyNulls();
        assertThat(EventSets.variant(set, "none", true)).extracting(EventArticle::id).containsExactly("a", "b");
        // the dates dropped are fixed by position in the whole set, not in what the multi-article filter keeps
        assertThat(EventSets.variant(set, "half", true)).extracting(EventArticle::published).containsExactly("2013-05-01", null);
        assertThatThrownBy(() -> EventSets.variant(set, "some", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShuffledSetHoldsTheSameArticlesInAnOrderFixedByItsSeed() {
        List<EventArticle> set = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            set.add(new EventArticle("a" + i, "e" + i / 3, "T" + i, "Body " + i + ".", null, null));
        }
        List<String> ids = ids(set);
        List<String> once = ids(EventSets.shuffled(set, 13));
        assertThat(once).containsExactlyInAnyOrderElementsOf(ids).isNotEqualTo(ids);
        assertThat(ids(EventSets.shuffled(set, 13))).isEqualTo(once);
        assertThat(ids(EventSets.shuffled(set, 7))).isNotEqualTo(once);
        assertThat(ids(set)).isEqualTo(ids);
    }

    @Test
    void madeUpDatesPutAnEventsArticlesWithinTwoDaysAndKeepRealDates() {
        List<EventArticle> set = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            set.add(new EventArticle("a" + i, "e" + i % 20, "T" + i, "Body " + i + ".", null, i == 5 ? "2020-02-29" : null));
        }
        List<EventArticle> dated = EventSets.withEventDates(set, 1096, 15);
        assertThat(dated.get(5).published()).isEqualTo("2020-02-29");
        Map<String, List<java.time.LocalDate>> days = new java.util.HashMap<>();
        for (EventArticle a : dated) {
            if (!a.id().equals("a5")) {
                days.computeIfAbsent(a.event(), e -> new java.util.ArrayList<>()).add(java.time.LocalDate.parse(a.published()));
            }
        }
        java.time.LocalDate start = java.time.LocalDate.of(2012, 1, 1);
        java.time.LocalDate end = start.plusDays(1096 + 2);
        for (List<java.time.LocalDate> d : days.values()) {
            java.time.LocalDate lo = d.stream().min(java.time.LocalDate::compareTo).orElseThrow();
            java.time.LocalDate hi = d.stream().max(java.time.LocalDate::compareTo).orElseThrow();
            assertThat(java.time.temporal.ChronoUnit.DAYS.between(lo, hi)).isLessThanOrEqualTo(2);
            assertThat(lo).isAfterOrEqualTo(start);
            assertThat(hi).isBefore(end);
        }
        // twenty events over three years do not all fall in one month
        assertThat(days.values().stream().map(d -> d.get(0).withDayOfMonth(1)).distinct().count()).isGreaterThan(10);
        assertThat(EventSets.withEventDates(set, 1096, 15)).isEqualTo(dated);
        assertThat(EventSets.withEventDates(set, 1096, 16)).isNotEqualTo(dated);
        assertThatThrownBy(() -> EventSets.withEventDates(set, 0, 15)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> ids(List<EventArticle> set) {
        return set.stream().map(EventArticle::id).toList();
    }

    @Test
    void shippedBbcGoldNamesEveryArticleOnceWhenTheDataIsPresent() throws IOException {
        Path bbc = Path.of(System.getProperty("precis.shared", "../../shared"), "data/bbc-news-summary/articles/politics");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(bbc), "BBC News Summary not found at " + bbc + "; skipped");
        List<EventArticle> set = EventSets.readBbc(bbc);
        assertThat(set).hasSize(192);
        assertThat(set.stream().map(EventArticle::id).distinct().count()).isEqualTo(192);
        assertThat(set.stream().map(EventArticle::event).distinct().count()).isEqualTo(152);
        assertThat(set).allSatisfy(a -> assertThat(a.title()).isNotBlank());
    }

    private static String pair(String id, double overall, String lang, String file) {
        String[] ids = id.split("_");
        return "{\"pair_id\":\"" + id + "\",\"file\":\"" + file + "\",\"machine_translated\":false,\"lang1\":\"" + lang
                + "\",\"lang2\":\"" + lang + "\",\"text1\":\"Headline " + ids[0] + "  Body of " + ids[0] + ".\",\"text2\":\"Headline "
                + ids[1] + "  Body of " + ids[1] + ".\",\"Overall\":" + overall + "}";
    }
}
