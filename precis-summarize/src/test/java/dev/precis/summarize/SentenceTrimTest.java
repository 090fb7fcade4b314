package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceTrimTest {

    /** What a lede shows once trimmed, as text. */
    private static String lede(String sentence) {
        return SentenceTrim.trim(sentence, new TextRange(0, sentence.length()), true).slice(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "HARBOURTON, Eastland (Wire) -- Ferry services were cancelled on Monday.",
        "HARBOURTON (Wire) -- Ferry services were cancelled on Monday.",
        "(Wire)Ferry services were cancelled on Monday.",
        "(Wire) -- Ferry services were cancelled on Monday.",
        "(Daily Gazette)Ferry services were cancelled on Monday.",
        "Port Ellen, Eastland (Wire)Ferry services were cancelled on Monday.",
        "Port Ellen, Eastland  (Wire)  -- Ferry services were cancelled on Monday.",
        "PORT ELLEN, March 3 (Wire) - Ferry services were cancelled on Monday.",
        "Port Ellen, Mar. 3 (Wire) Ferry services were cancelled on Monday.",
        "HARBOURTON, Eastland -- Ferry services were cancelled on Monday.",
        "HARBOURTON -- Ferry services were cancelled on Monday.",
        "HARBOURTON: Ferry services were cancelled on Monday.",
        "-- Ferry services were cancelled on Monday.",
    })
    void aLedeLosesItsDatelineAndSourceTag(String sentence) {
        assertThat(lede(sentence)).isEqualTo("Ferry services were cancelled on Monday.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // an acronym being defined, not a source
        "Kick It Out (KIO) Chairman Lord Ouseley welcomed the ruling on Monday.",
        // a place-like subject with a bracket neither glued, dated nor followed by a dash
        "Senator Ann Lee (D-Eastland) Tuesday blocked the ferry bill in committee.",
        // brackets that are not a capitalised name
        "Ferries (pictured) were cancelled on Monday as storms hit the coast.",
        "(2) Ferries were cancelled on Monday as storms hit the coast.",
        // a capitalised word then a lower-case one: no dateline
        "Harbourton -- which has two ferries -- lost both on Monday.",
        // what is left would be too short to stand alone
        "(Wire) -- Ferries cancelled.",
        // a minus sign is not a dash
        "-5 degrees was the coldest reading on Monday night.",
        "Ferry services were cancelled on Monday.",
    })
    void aSentenceWithoutADatelineStaysWhole(String sentence) {
        assertThat(lede(sentence)).isEqualTo(sentence);
    }

    @Test
    void aDatelineIsCutOnlyFromALede() {
        String text = "(Wire) -- Ferry services were cancelled on Monday.";
        TextRange whole = new TextRange(0, text.length());
        assertThat(SentenceTrim.trim(text, whole, false)).isEqualTo(whole);
    }

    @Test
    void theTrimmedRangeIsAContiguousPartOfTheSentenceInTheArticle() {
        String text = "Headline here\n\nHARBOURTON, Eastland (Wire) -- Ferry services were cancelled on Monday. More.";
        int start = text.indexOf("HARBOURTON");
        int end = text.indexOf("Monday.") + "Monday.".length();
        TextRange shown = SentenceTrim.trim(text, new TextRange(start, end), true);
        assertThat(shown).isEqualTo(new TextRange(text.indexOf("Ferry"), end));
    }

    /** What any sentence shows once trimmed, as text. */
    private static String shown(String sentence) {
        return SentenceTrim.trim(sentence, new TextRange(0, sentence.length()), false).slice(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "But Harbour Lines will run no ferries until Thursday.",
        "And Harbour Lines will run no ferries until Thursday.",
        "But, Harbour Lines will run no ferries until Thursday.",
        "However, Harbour Lines will run no ferries until Thursday.",
        "Meanwhile,  Harbour Lines will run no ferries until Thursday.",
        "In addition, Harbour Lines will run no ferries until Thursday.",
        "Still, Harbour Lines will run no ferries until Thursday.",
    })
    void anySentenceLosesAConnectiveAtItsStart(String sentence) {
        assertThat(shown(sentence)).isEqualTo("Harbour Lines will run no ferries until Thursday.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // what would be shown must open as a sentence does, with a capital
        "But the ferries will stay in port until Thursday.",
        "And, as before, the ferries will stay in port.",
        // without a comma these words belong to what follows
        "So Many Ferries is the name of the new timetable app.",
        "Still Waters, the ferry's owner, sold it on Monday.",
        "Yet Another Ferry Company was founded on Monday.",
        // a word that only begins like a connective
        "Butler Ferries will run no ferries until Thursday.",
        "Andover Lines will run no ferries until Thursday.",
        // what is left would be too short to stand alone
        "However, Ferries resumed today.",
        // an attribution at the end is never cut
        "Harbour Lines will run no ferries until Thursday, officials said.",
    })
    void aSentenceWithoutALeadingConnectiveStaysWhole(String sentence) {
        assertThat(shown(sentence)).isEqualTo(sentence);
    }

    @Test
    void aLedeLosesItsDatelineThenItsConnective() {
        assertThat(lede("HARBOURTON (Wire) -- But Harbour Lines will run no ferries until Thursday."))
                .isEqualTo("Harbour Lines will run no ferries until Thursday.");
    }

    @Test
    void aConnectiveTooCloseToTheEndDoesNotUndoTheDatelineCut() {
        assertThat(lede("HARBOURTON (Wire) -- But Ferries resumed today.")).isEqualTo("But Ferries resumed today.");
    }

    @Test
    void theLeadBarKeepsItsConnectivesWhenAsked() {
        String text = "HARBOURTON (Wire) -- But Harbour Lines will run no ferries until Thursday.";
        TextRange shown = SentenceTrim.trim(text, new TextRange(0, text.length()), true, false);
        assertThat(shown.slice(text)).isEqualTo("But Harbour Lines will run no ferries until Thursday.");
    }
}
