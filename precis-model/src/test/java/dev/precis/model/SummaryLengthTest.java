package dev.precis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SummaryLengthTest {

    @Test
    void refusedWholeAmountsAreShownAsTyped() {
        assertEquals("words must be a whole number >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> SummaryLength.words(0)).getMessage());
        assertEquals("sentences must be a whole number >= 1, got -1",
                assertThrows(IllegalArgumentException.class, () -> SummaryLength.sentences(-1)).getMessage());
        assertEquals("words must be a whole number >= 1, got 2.5",
                assertThrows(IllegalArgumentException.class,
                        () -> new SummaryLength(SummaryLength.Unit.WORDS, 2.5)).getMessage());
    }

    @Test
    void ratioOutsideItsRangeIsRefused() {
        assertEquals("ratio must be in (0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> SummaryLength.ratio(1.5)).getMessage());
        assertEquals(0.5, SummaryLength.ratio(0.5).amount());
    }

    @Test
    void wordsAreCountedAsAReaderCountsThem() {
        // hyphenated, elided and decimal words are one word each, as a word processor counts them
        assertEquals(8, SummaryLength.wordCount("The US-led talks didn’t end at 3.5 hours."));
        // a dash or a lone symbol between spaces is no word; a figure with its sign is one
        assertEquals(5, SummaryLength.wordCount("Rain -- then sun — cost $1,200"));
        assertEquals(0, SummaryLength.wordCount("  -- … "));
        assertEquals(3, SummaryLength.wordCount("non\u00a0stop\nwork"));
    }
}
