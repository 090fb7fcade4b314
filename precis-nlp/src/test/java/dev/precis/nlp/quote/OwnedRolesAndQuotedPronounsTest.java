package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Credits after a quote in wire copy from around the world: a country or body owning the role before the name set
 * off by a comma ("said Senegal's foreign minister, Awa Ndiaye"), and the one an agency "quoted him as saying". The
 * sentences are written for this test; the entities are given by hand as the recogniser would mark them.
 */
class OwnedRolesAndQuotedPronounsTest {

    @Test
    void aRoleOwnedByACountryThenTheNameSetOff() {
        String text = "\"We cannot let the border crisis become a war,\" said Senegal's foreign minister, Awa Ndiaye.";
        assertThat(speakerOf(text, marked(text, EntityType.LOCATION, "Senegal", EntityType.PERSON, "Awa Ndiaye"), "border crisis"))
                .isEqualTo("Awa Ndiaye");
        String office = "\"The army is ready,\" said Chad's minister of state for defence, Ali Moussa, on Monday.";
        assertThat(speakerOf(office, marked(office, EntityType.LOCATION, "Chad", EntityType.PERSON, "Ali Moussa"), "army is ready"))
                .isEqualTo("Ali Moussa");
        // a titled name after the possessive is read as before
        String titled = "\"The army is ready,\" said Kenya's President William Ruto.";
        assertThat(speakerOf(titled, marked(titled, EntityType.LOCATION, "Kenya", EntityType.PERSON, "William Ruto"), "army is ready"))
                .isEqualTo("William Ruto");
    }

    @Test
    void anAgencyQuotedHimAsSaying() {
        String text = "Defence Minister Asim Malik visited the border on Monday.\n\n"
                + "\"The army will respond to any attack,\" the state news agency quoted him as saying.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Asim Malik"), "respond to any attack")).isEqualTo("Asim Malik");
        // with nobody for "her" to stand for, no speaker is made up
        String nobody = "The border was quiet on Monday.\n\n\"The army will respond to any attack,\" state media quoted her as saying.";
        assertThat(speakerOf(nobody, marked(nobody), "respond to any attack")).isNotEqualTo("state media");
    }
}
