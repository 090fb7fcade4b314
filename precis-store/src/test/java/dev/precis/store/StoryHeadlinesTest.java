package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * {@link StoryHeadlines}: the idf-weighted cosine of two headlines' content words (the headline veto's), on
 * invented headlines.
 */
class StoryHeadlinesTest {

    @Test
    void headlinesSharingContentWordsHaveAPositiveCosineAndDisjointOnesZero() {
        Vocabulary v = new Vocabulary(false, 0);
        StoryHeadlines h = new StoryHeadlines();
        h.put(1, "Minister quits over harbour deal", StoryLanguage.ENGLISH);
        h.put(2, "Harbour deal: the minister quits", StoryLanguage.ENGLISH);
        h.put(3, "Storm closes mountain roads", StoryLanguage.ENGLISH);
        h.put(4, null, StoryLanguage.ENGLISH);
        // same content words (stop words and punctuation aside): cosine 1
        assertThat(StoryHeadlines.cosine(h.of(1), h.of(2), v, 10)).isCloseTo(1, within(1e-9));
        assertThat(StoryHeadlines.cosine(h.of(1), h.of(3), v, 10)).isZero();
        assertThat(h.of(4)).as("no headline: nothing recorded").isNull();
        assertThat(StoryHeadlines.cosine(h.of(1), h.of(4), v, 10)).isZero();
    }

    @Test
    void aRareSharedWordCountsMoreThanACommonOne() {
        Vocabulary v = new Vocabulary(false, 0);
        int common = v.intern("budget");
        for (long a = 1; a <= 9; a++) {
            v.addPosting(common, a);
        }
        StoryHeadlines h = new StoryHeadlines();
        h.put(1, "Budget talks stall", StoryLanguage.ENGLISH);
        h.put(2, "Budget surplus forecast", StoryLanguage.ENGLISH);
        h.put(3, "Harbour talks stall", StoryLanguage.ENGLISH);
        h.put(4, "Harbour surplus forecast", StoryLanguage.ENGLISH);
        // pair (1, 2) shares only the word nine articles in ten hold; pair (3, 4) only an unseen one
        double common12 = StoryHeadlines.cosine(h.of(1), h.of(2), v, 10);
        assertThat(common12).isLessThan(StoryHeadlines.cosine(h.of(3), h.of(4), v, 10));
        assertThat(common12).isGreaterThan(0);
    }
}
