package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names36: a subheading in capitals run into the next sentence without a space ("REPAIRSThe") is two
 * words, so no name runs across it; acronyms with a plural or brand names written with inner capitals stay whole.
 * Words and sentences invented for this test.
 */
class GluedCapitalsTest {

    private static List<String> split(String word) {
        List<int[]> p = new ArrayList<>();
        p.add(new int[] {0, word.length()});
        GluedCapitals.split(word, p);
        List<String> out = new ArrayList<>();
        for (int[] part : p) {
            out.add(word.substring(part[0], part[1]));
        }
        return out;
    }

    @Test
    void aCapitalsWordGluedToACapitalisedWordIsCut() {
        assertThat(split("REPAIRSThe")).containsExactly("REPAIRS", "The");
        assertThat(split("ASKSOrlena")).containsExactly("ASKS", "Orlena");
        assertThat(split("BRIDGEIn")).containsExactly("BRIDGE", "In");
        assertThat(split("DELAYS'Tovin")).containsExactly("DELAYS", "'", "Tovin");
    }

    @Test
    void acronymPluralsAndInnerCapitalsStayWhole() {
        assertThat(split("NSAIDs")).containsExactly("NSAIDs");
        assertThat(split("ACTUs")).containsExactly("ACTUs");
        assertThat(split("SQLite")).containsExactly("SQLite");
        assertThat(split("OKCupid")).containsExactly("OKCupid");
        assertThat(split("MLAs")).containsExactly("MLAs");
        assertThat(split("Ferndale")).containsExactly("Ferndale");
    }

    @Test
    void aPieceInsideALongerStringIsLeftAlone() {
        List<int[]> p = new ArrayList<>();
        p.add(new int[] {0, 8});
        p.add(new int[] {8, 18}); // the tokenizer's piece of a link, after a digit: "QRSTVurlxy"
        GluedCapitals.split("t.co/xy5QRSTVurlxy", p);
        assertThat(p).hasSize(2);
    }

    @Test
    void aSubheadingWordTakesItsTypeFromTheBodyOrNone() {
        String text = "Orlena Vasquith spoke to the Ferndale Heritage Trust on Monday. The trust has about 400 members, "
                + "she said.VASQUITH WINS THE GRAND AWARDVasquith said the award belonged to her team. "
                + "WHY THE TRUST FAILEDThe roof of the hall had failed in March.";
        List<EntityMention> found = run(text);
        assertThat(found).noneMatch(m -> m.range().slice(text).contains("AWARD"));
        assertThat(found).noneMatch(m -> m.range().slice(text).contains("FAILED"));
        assertThat(found).filteredOn(m -> m.range().slice(text).equals("VASQUITH"))
                .allMatch(m -> m.type() == dev.precis.model.EntityType.PERSON);
    }

    @Test
    void noNameRunsAcrossAGluedSubheading() {
        String text = "The hall in Brackwell will stay shut until June, the council said.OLD HALL CLOSES FOR "
                + "REPAIRSThe Ferndale Heritage Trust said on Monday that the roof of the hall had failed.";
        List<EntityMention> found = run(text);
        for (EntityMention m : found) {
            assertThat(m.range().slice(text)).doesNotContain("REPAIRS");
        }
    }
}
