package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.model.AnalyzedArticle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryPairSignalsTest {

    @TempDir
    Path dir;

    // invented reports: two of one ferry accident, one of a school opening elsewhere, and a filler
    private static final String FERRY_1 = "A ferry ran aground off Pellinsay on Friday and coastguards lifted forty passengers"
            + " to safety. Captain Ruth Ambler said the ferry struck a sandbank in fog near the harbour mouth.";
    private static final String FERRY_2 = "Coastguards at Pellinsay questioned Captain Ruth Ambler after her ferry ran aground"
            + " in fog. The passengers lifted from the sandbank were taken to the harbour hall.";
    private static final String SCHOOL = "A new school opened in Dunmere on Monday with three hundred pupils. Headteacher"
            + " Owen Castell said the library and science rooms would open to families at weekends.";
    private static final String MARKET = "Farmers at the Tolby market sold early apples and pears on Saturday as prices fell"
            + " after a warm summer, traders said.";

    @Test
    void givesThePlannersPairScoreItsPartsSharedNamesAndDaysApart() throws Exception {
        long ferry1;
        long ferry2;
        long school;
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            ferry1 = lib.add(entry("ferry-1", "Ferry aground off Pellinsay", FERRY_1, "2026-03-06", List.of("Ruth Ambler"))).articleId();
            ferry2 = lib.add(entry("ferry-2", "Ferry captain questioned", FERRY_2, "2026-03-08", List.of("Ruth Ambler"))).articleId();
            school = lib.add(entry("school", "School opens in Dunmere", SCHOOL, null, List.of("Owen Castell"))).articleId();
            lib.add(entry("market", "Apple prices fall", MARKET, "2026-03-07", List.of()));
        }
        StoryPairSignals signals = StoryPairSignals.read(LibraryConfig.embedded(dir));
        assertThat(signals.origins()).containsEntry("ferry-1", ferry1).containsEntry("school", school);

        StoryPairSignals.Signals same = signals.of(ferry1, ferry2);
        StoryPairSignals.Signals other = signals.of(ferry1, school);
        assertThat(same.words()).as("one accident's wording").isGreaterThan(0.2).isGreaterThan(other.words());
        assertThat(same.sharedNames()).isEqualTo(1);
        assertThat(same.keys()).isGreaterThan(0.5);
        assertThat(other.sharedNames()).isZero();
        assertThat(other.keys()).isZero();
        // no encoder here: no meaning, and the planner's score is the words and names mixed by the default key weight
        assertThat(same.meaning()).isNaN();
        double w = StoryParams.DEFAULT.keyWeight();
        assertThat(same.score()).isCloseTo(w * same.keys() + (1 - w) * same.words(), within(1e-9));
        assertThat(same.days()).isEqualTo(2L);
        assertThat(other.days()).as("the school report has no date").isNull();
        assertThat(signals.of(ferry2, ferry1)).as("symmetric").isEqualTo(same);
        assertThatThrownBy(() -> signals.of(ferry1, 999_999)).hasMessageContaining("999999");
    }

    private static LibraryEntry entry(String id, String title, String text, String published, List<String> people) {
        AnalyzedArticle a = Fixtures.analyzed(id, title, text, published, people, List.of());
        return new LibraryEntry(a, null, "wire", "wire/" + id);
    }
}
