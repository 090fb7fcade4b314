package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Credits, chrome and wire-copy stamps are junk wherever their patterns allow, in any letter case. */
class SentenceShapeJunkTest {

    @Test
    void chromeCountsOnlyAtTheStart() {
        assertThat(SentenceShape.isChromeOrCredit("PHOTO: The harbour bridge at dawn, seen from the ferry.")).isTrue();
        assertThat(SentenceShape.isChromeOrCredit("  (Video): the council meeting in full.")).isTrue();
        assertThat(SentenceShape.isChromeOrCredit("[Read more: how the tolls were set]")).isTrue();
        assertThat(SentenceShape.isChromeOrCredit("The mayor took a photo: the bridge was open.")).isFalse();
    }

    @Test
    void creditsAndStampsCountAnywhere() {
        assertThat(SentenceShape.isChromeOrCredit("Crowds gathered on the quay. Getty Images")).isTrue();
        assertThat(SentenceShape.isChromeOrCredit("The ferry left on time (AP Photo/Lena Berg).")).isTrue();
        assertThat(SentenceShape.isChromeOrCredit("Scroll Down For Video of the reopening.")).isTrue();
        assertThat(SentenceShape.isChromeOrCredit("The council said the works were Last Updated: 12 May.")).isTrue();
        assertThat(SentenceShape.isChromeOrCredit("Tomas Berg contributed to this report.")).isTrue();
        assertThat(SentenceShape.isChromeOrCredit("Email the desk at news@example.org with tips.")).isTrue();
        assertThat(SentenceShape.isChromeOrCredit("Copyright © 2026 The Harbour Gazette")).isTrue();
    }

    @Test
    void ordinarySentencesAreNot() {
        assertThat(SentenceShape.isChromeOrCredit("The bridge reopened on Monday after two years of repairs.")).isFalse();
        assertThat(SentenceShape.isChromeOrCredit("Officials updated the toll plan, which will be posted online.")).isFalse();
        assertThat(SentenceShape.isChromeOrCredit("Reporters could see the new cables from the shore.")).isFalse();
    }
}
