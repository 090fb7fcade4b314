package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.load();

    @Test
    void looksUpNamesByTokensIncludingHyphenatedAndCapitalisedForms() {
        String[] tokens = {"the", "Organization", "for", "Security", "and", "Co", "-", "operation", "in", "Europe"};
        assertThat(gazetteer.lookup(tokens, 1, tokens.length).canonical())
                .isEqualTo("Organization for Security and Co-operation in Europe");
        assertThat(gazetteer.lookup(new String[] {"UNITED", "STATES"}, 0, 2).canonical()).isEqualTo("United States");
        assertThat(gazetteer.lookup("U.S.").kind()).isEqualTo(Gazetteer.Kind.LOCATION);
        assertThat(gazetteer.lookup("Russian").kind()).isEqualTo(Gazetteer.Kind.NATIONALITY);
        assertThat(gazetteer.lookup("united")).isNull();
        assertThat(gazetteer.longestStartingWith("Organization")).isGreaterThanOrEqualTo(9);
        assertThat(gazetteer.longestStartingWith("Zzyzx")).isZero();
    }

    @Test
    void knowsFirstNamesTitlesCountriesAndOrdinaryWords() {
        assertThat(gazetteer.isFirstName("Vladimir")).isTrue();
        assertThat(gazetteer.isFirstName("VLADIMIR")).isTrue();
        assertThat(gazetteer.isTitleWord("President")).isTrue();
        assertThat(gazetteer.isCountry("France")).isTrue();
        assertThat(gazetteer.isCountry("Paris")).isFalse();
        assertThat(gazetteer.isCommonWord("However")).isTrue();
    }

    @Test
    void acronymsMustSpellTheLongFormsCapitals() {
        String[] osce = "Organization for Security and Co-operation in Europe".split(" ");
        assertThat(DocumentLinker.abbreviates("OSCE", osce, 0, osce.length)).isTrue();
        String[] person = {"Lindsay", "Davenport"};
        assertThat(DocumentLinker.abbreviates("U.S.", person, 0, 2)).isFalse();
    }
}
