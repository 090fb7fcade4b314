package dev.precis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14, names39: one spelling per person by the form of the given name; names written for this test. */
class PersonSpellingsTest {

    @Test
    void shortFormsAndDiminutivesAreTheirFullNames() {
        assertThat(GivenNames.compatible("Vince", "Vincent")).isTrue();
        assertThat(GivenNames.compatible("Bernard", "Bernie")).isTrue();
        assertThat(GivenNames.compatible("Bobby", "Robert")).isTrue();
        assertThat(GivenNames.compatible("Freddie", "Frederick")).isTrue();
        assertThat(GivenNames.compatible("Chris", "Christine")).isTrue();
        assertThat(GivenNames.compatible("Christopher", "Christine")).isFalse();
        assertThat(GivenNames.compatible("Mary", "Mark")).isFalse();
        assertThat(GivenNames.compatible("Edward", "Edwin")).isFalse();
    }

    @Test
    void aTypingSlipIsTheSameNameButNotAtTheEnd() {
        assertThat(GivenNames.compatible("Kisrty", "Kirsty")).isTrue();
        assertThat(GivenNames.compatible("Malcom", "Malcolm")).isTrue();
        assertThat(GivenNames.compatible("Louis", "Louise")).isFalse();
        assertThat(GivenNames.compatible("Marian", "Marina")).isFalse();
        assertThat(GivenNames.compatible("Dora", "Dorta")).isFalse(); // too short to tell
    }

    @Test
    void aNameJoinsTheOneEarlierSpellingItCanBe() {
        PersonSpellings s = new PersonSpellings();
        assertThat(s.join("Vincent Harrowgate")).isEqualTo("Vincent Harrowgate");
        assertThat(s.join("Vince Harrowgate")).isEqualTo("Vincent Harrowgate");
        assertThat(s.join("Vinnie Harrowgate")).isEqualTo("Vinnie Harrowgate"); // no listed form of Vincent
        assertThat(s.join("Rodrigo de Pallares")).isEqualTo("Rodrigo de Pallares");
        assertThat(s.join("Rodrigo Pallares")).isEqualTo("Rodrigo de Pallares");
        assertThat(s.join("Harriet Pallares")).isEqualTo("Harriet Pallares");
        assertThat(s.join("Lou Pallares")).isEqualTo("Lou Pallares");
    }

    @Test
    void aMiddleInitialMayBeLeftOutButNotAMiddleName() {
        PersonSpellings s = new PersonSpellings();
        s.join("Gordon T Mabry");
        assertThat(s.join("Gordon Mabry")).isEqualTo("Gordon T Mabry");
        assertThat(s.join("Gordon R Mabry")).isEqualTo("Gordon R Mabry");
        s.join("Iona Carr Dewhurst");
        assertThat(s.join("Iona Dewhurst")).isEqualTo("Iona Dewhurst");
    }

    @Test
    void nothingJoinsWhereANameJoinedBeforeContradicts() {
        PersonSpellings s = new PersonSpellings();
        s.join("Chris Ormerod");
        assertThat(s.join("Christopher Ormerod")).isEqualTo("Chris Ormerod");
        assertThat(s.join("Christine Ormerod")).isEqualTo("Christine Ormerod");
        // two people a short form could be: no join
        s.join("Tom Ashby");
        s.join("Tim Ashby");
        assertThat(s.find("Timothy Ashby")).isEqualTo("Tim Ashby");
        s.join("Thomas Ashby");
        assertThat(s.find("Tommy Ashby")).isEqualTo("Tom Ashby");
    }

    @Test
    void twoNamesWrittenSideBySideAreTwoPeople() {
        // names41: "Presidents Harold K Benton and Harold Benton" — son and father
        PersonSpellings s = new PersonSpellings();
        s.keepApart("Harold K Benton", "Harold Benton");
        assertThat(s.join("Harold K Benton")).isEqualTo("Harold K Benton");
        assertThat(s.join("Harold Benton")).isEqualTo("Harold Benton");
        assertThat(s.join("Harold K. Benton")).isEqualTo("Harold K Benton");
        // a third form that could be either of the two joins neither
        assertThat(s.join("Hal K Benton")).isEqualTo("Hal K Benton");
    }
}
