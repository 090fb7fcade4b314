package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedYearsTest {

    private static boolean named(String sentence, String year) {
        int at = sentence.indexOf(year);
        return NamedYears.inTheNameOfALaw(sentence, at, at + year.length());
    }

    @Test
    void aYearInsideTheNameOfALawOrASignedTextIsNamed() {
        assertThat(named("Ministers may use the 1911 Harbour Act to push the bill through.", "1911")).isTrue();
        assertThat(named("Ministers may use the 1911 Harbour Act, a rarely used power.", "1911")).isTrue();
        assertThat(named("Ministers may use the Harbour Act 1911 to push the bill through.", "1911")).isTrue();
        assertThat(named("The Fisheries Enforcement Act of 1977 was cited again.", "1977")).isTrue();
        assertThat(named("Both sides signed up to the 1983 Valmora Lake Declaration on fishing rights.", "1983")).isTrue();
        assertThat(named("It rests on the 1962 Northern Rivers Water Convention.", "1962")).isTrue();
        assertThat(named("They invoked the 2003 Anti-Smuggling Act again.", "2003")).isTrue();
    }

    @Test
    void aYearThatDatesWhatTheSentenceSaysIsNot() {
        assertThat(named("In 1911 Harbour workers went on strike.", "1911")).isFalse();
        assertThat(named("The act was passed in 1911 by a narrow vote.", "1911")).isFalse();
        // an event named by its year takes place in that year
        assertThat(named("The city bid for the 2028 Summer Games last week.", "2028")).isFalse();
        assertThat(named("The 1991 Census counted the island twice.", "1991")).isFalse();
        // a name that only starts with a law word ("Charter Ferries") is no law
        assertThat(named("In 2005 Charter Ferries bought two boats.", "2005")).isFalse();
        // not a bare year
        assertThat(named("The Harbour Act 1911-12 was long.", "1911-12")).isFalse();
        assertThat(NamedYears.inTheNameOfALaw("Act 2000", -1, 3)).isFalse();
    }
}
