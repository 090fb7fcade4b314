package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "HARBOURTON, Eastland (Wire) -- Ferry services were cancelled on Monday.",
        "HARBOURTON (Wire) -- Ferry services were cancelled on Monday.",
        "Port Ellen, Eastland (Wire)Ferry services were cancelled on Monday.",
        "PORT ELLEN, March 3 (Wire) - Ferry services were cancelled on Monday.",
        "HARBOURTON, Eastland -- Ferry services were cancelled on Monday.",
        "HARBOURTON: Ferry services were cancelled on Monday.",
    })
    void aReportFiledFromAPlaceOpensWithItsDateline(String text) {
        assertThat(Datelines.opensWithPlace(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a source tag alone names no place: a partner's feature or an undatelined piece
        "(Wire) -- Ferry services were cancelled on Monday.",
        "(Harbour Living) -- Here are five ways to enjoy a ferry crossing this summer.",
        "(Wire)Ferry services were cancelled on Monday.",
        // a transcript's date line, a plain lede, a list
        "March 3, 2025 . Today's show starts on the islands, where the ferries stopped.",
        "Ferry services were cancelled on Monday as storms battered the coast.",
        "1. The harbour museum . It opened in 1904 and has a ferry on its roof.",
        // an acronym defined after a name, a senator's party and state
        "Kick It Out (KIO) Chairman Lord Ouseley welcomed the ruling on Monday.",
        "Senator Ann Lee (D-Eastland) Tuesday blocked the ferry bill in committee.",
        // a dateline further down the text is not an opening one
        "Storms battered the coast. HARBOURTON, Eastland -- Ferries were cancelled.",
    })
    void otherOpeningsAreNot(String text) {
        assertThat(Datelines.opensWithPlace(text)).isFalse();
    }
}
