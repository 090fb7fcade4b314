package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Credits, chrome and wire-copy stamps are junk wherever their patterns allow, in any letter case. */
class PageFurnitureTest {

    @Test
    void chromeCountsOnlyAtTheStart() {
        assertThat(PageFurniture.isChromeOrCredit("PHOTO: The harbour bridge at dawn, seen from the ferry.")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("  (Video): the council meeting in full.")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("[Read more: how the tolls were set]")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("The mayor took a photo: the bridge was open.")).isFalse();
    }

    @Test
    void creditsAndStampsCountAnywhere() {
        assertThat(PageFurniture.isChromeOrCredit("Crowds gathered on the quay. Getty Images")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("The ferry left on time (AP Photo/Lena Berg).")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("Scroll Down For Video of the reopening.")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("The council said the works were Last Updated: 12 May.")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("Tomas Berg contributed to this report.")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("Email the desk at news@example.org with tips.")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("Copyright © 2026 The Harbour Gazette")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("Sorry, we are not accepting comments on this story .")).isTrue();
        assertThat(PageFurniture.isChromeOrCredit("We are unable to accept comments for this article for legal reasons.")).isTrue();
    }

    @Test
    void ordinarySentencesAreNot() {
        assertThat(PageFurniture.isChromeOrCredit("The bridge reopened on Monday after two years of repairs.")).isFalse();
        assertThat(PageFurniture.isChromeOrCredit("Officials updated the toll plan, which will be posted online.")).isFalse();
        assertThat(PageFurniture.isChromeOrCredit("Reporters could see the new cables from the shore.")).isFalse();
        assertThat(PageFurniture.isChromeOrCredit("The council will accept comments on the plan until May.")).isFalse();
        assertThat(PageFurniture.isChromeOrCredit("The board is not accepting comments on the plan after May.")).isFalse();
    }

    @Test
    void aLabelledElementWithADetachedStopIsACaptionOrLink() {
        assertThat(PageFurniture.isLabelledFragment("Caught out: Lena Berg crosses the finish line in Harrogate in 2012 .")).isTrue();
        assertThat(PageFurniture.isLabelledFragment("Read more: Five things to know about the new tolls .")).isTrue();
        assertThat(PageFurniture.isLabelledFragment("Harbour Gazette Weekend: Best walks on the coast . ")).isTrue();
        assertThat(PageFurniture.isJunk("Tragic: The family of the boy laid flowers at the gate on Sunday .", 13)).isTrue();
    }

    @Test
    void proseWithAColonOrADetachedStopAloneIsNot() {
        // the stop against the last word: a sentence of the story, whatever its opening
        assertThat(PageFurniture.isLabelledFragment("Update: the bridge reopened on Monday after two years of repairs.")).isFalse();
        // a detached stop without a label: prose from tokenised copy
        assertThat(PageFurniture.isLabelledFragment("Shares in the bank dropped 30 percent in Friday trading .")).isFalse();
        // a colon after more than four words
        assertThat(PageFurniture.isLabelledFragment("The mayor gave one reason for the delay: the cables were late .")).isFalse();
        // an ellipsis is no detached stop
        assertThat(PageFurniture.isLabelledFragment("Wait: the ferry will leave soon . . .")).isFalse();
    }

    @Test
    void aPieceWithoutAStopThatRunsIntoTheNextSentenceIsJunkButALineOfItsOwnIsNot() {
        String text = "How the old pier could have been saved These days, the council inspects piers.\nPier reopens\nThe pier";
        assertThat(PageFurniture.runsIntoNext(text, 38, "How the old pier could have been saved")).isTrue();
        int line = text.indexOf("Pier reopens");
        assertThat(PageFurniture.runsIntoNext(text, line + 12, "Pier reopens")).isFalse();
        assertThat(PageFurniture.runsIntoNext(text, text.length(), "The pier")).isFalse();
        assertThat(PageFurniture.runsIntoNext(text, 80, "These days, the council inspects piers.")).isFalse();
    }

    @Test
    void namesAloneBeforeADetachedStopAreABylineOrCredit() {
        assertThat(PageFurniture.isNameLine("Lena Berg and Tomas Vik .")).isTrue();
        assertThat(PageFurniture.isNameLine("Harbour Press and Gazette Reporter . ")).isTrue();
        assertThat(PageFurniture.isNameLine("Lena Berg for Harbour Online .")).isTrue();
        assertThat(PageFurniture.isNameLine("Tomas Vik in New Eastgate .")).isTrue();
        assertThat(PageFurniture.isJunk("Lena Berg and Tomas Vik .", 5)).isTrue();
        // a sentence has a verb in lower case; a name list without the detached stop is left to the rest
        assertThat(PageFurniture.isNameLine("Lena Berg and Tomas Vik were married in June .")).isFalse();
        assertThat(PageFurniture.isNameLine("Lena Berg and Tomas Vik.")).isFalse();
        // an entry of a list article is its content
        assertThat(PageFurniture.isNameLine("Lena Berg; Harbour Kitchen; Eastgate .")).isFalse();
    }
}
