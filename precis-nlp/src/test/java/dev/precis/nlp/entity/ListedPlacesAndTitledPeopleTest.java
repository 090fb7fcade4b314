package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names37: names in non-Western news — unfamiliar towns in a list of places read as people, a given
 * name left outside the person after a role noun, a title written before a name kept in it, and a headline's
 * verb run into the name before it. Sentences
 * written for this test; each case failed before names37.
 */
class ListedPlacesAndTitledPeopleTest {

    @Test
    void unfamiliarTownsListedWithTypedPlacesArePlaces() {
        String text = "Markets will stay shut in Ankara, Izmir, Erzurum, Sivas, Tokat, Kutahya and Elazig until Friday.";
        assertNames(text, EntityType.LOCATION, "Tokat", "Kutahya", "Elazig");
        // a list of surnames with one name read as a place is left alone
        String people = "The panel heard from Smith, Jackson and Mansfield on Tuesday.";
        assertThat(run(people)).filteredOn(m -> m.range().slice(people).equals("Jackson"))
                .allMatch(m -> m.type() == EntityType.PERSON);
    }

    @Test
    void aGivenNameAfterARoleNounBelongsToThePerson() {
        assertNames("The new song was praised by Tamil actor Suriya Kumar on Sunday.", EntityType.PERSON, "Suriya Kumar");
        // a weekday before a surname is no given name
        String text = "Critics met on Monday and on Monday Kumar said nothing.";
        assertThat(surfaces(run(text), text)).doesNotContain("Monday Kumar");
        // nor is a party member's word
        String party = "The seat went to state lawmaker Tomas Halvorsen, who beat incumbent Republican Dana Whitfield.";
        assertThat(surfaces(run(party), party)).doesNotContain("Republican Dana Whitfield");
    }

    @Test
    void aTitleBeforeANameIsNotPartOfIt() {
        String text = "Assemblywoman Priya Raman attended, as did Registrar Oluwaseun Bakare and Fr Tomasz Wilk.";
        assertNames(text, EntityType.PERSON, "Priya Raman", "Oluwaseun Bakare", "Tomasz Wilk");
        String sergeant = "Police said Sgt. Dana Kowalczyk arrived first.";
        assertThat(surfaces(run(sergeant), sergeant)).doesNotContain("Sgt");
        String secretary = "The calendar was handed to the Principal Secretary to the CM Rajesh Menon on Friday.";
        assertThat(surfaces(run(secretary), secretary)).contains("Rajesh Menon").doesNotContain("Principal Secretary");
    }

    @Test
    void aHeadlineVerbAfterANameEndsIt() {
        String text = "Deepa Venkatesan Opens Up About Her Next Film. The actress said she was ready.";
        assertThat(surfaces(run(text), text)).contains("Deepa Venkatesan").doesNotContain("Deepa Venkatesan Opens Up");
        // a body's name, which has frequent words, is not cut
        String body = "Creating lines at Departments of Motor Vehicles would be foolish.";
        assertThat(surfaces(run(body), body)).contains("Departments of Motor Vehicles");
    }
}
