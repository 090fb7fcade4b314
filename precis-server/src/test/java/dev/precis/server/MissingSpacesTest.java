package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingSpacesTest {

    @Test
    void aSpaceLeftOutAfterACommaOrAStopIsPutBack() {
        assertThat(MissingSpaces.mend("A spokesman for the Harbour Party,said the vote was close."))
                .isEqualTo("A spokesman for the Harbour Party, said the vote was close.");
        assertThat(MissingSpaces.mend("The crossing was dangerous.The ferry stopped;Monday it sails.Why?No one knew."))
                .isEqualTo("The crossing was dangerous. The ferry stopped; Monday it sails. Why? No one knew.");
        assertThat(MissingSpaces.mend("Kaffee,Öl und Brot")).isEqualTo("Kaffee, Öl und Brot");
    }

    @Test
    void figuresAbbreviationsAndAddressesStayAsWritten() {
        for (String kept : new String[] {"It cost 1,500,000 pounds in 2.5 years.", "The U.S. and the U.K. agreed.",
            "Shares in Amazon.com rose.", "It opens at 9 a.m. daily.", "Read www.Harbourpost.example/News today.",
            "Write to desk@Harbour.example.", "Mr.Smith and St.Kilda.", "Already spaced, as it should be. Fine.",
            "Ends with a comma,"}) {
            assertThat(MissingSpaces.mend(kept)).as(kept).isEqualTo(kept);
        }
        // not Latin letters: scripts written without spaces keep their commas as they are
        assertThat(MissingSpaces.mend("東京,大阪")).isEqualTo("東京,大阪");
        assertThat(MissingSpaces.mend(null)).isNull();
    }

    @Test
    void afterNamesThePunctuationMarkItself() {
        String text = "Party,said";
        assertThat(MissingSpaces.after(text, 5)).isTrue();
        assertThat(MissingSpaces.after(text, 4)).isFalse();
        assertThat(MissingSpaces.after(text, 9)).isFalse();
    }
}
