package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names34: a one-word company the model leaves untagged is found from the grammar around it
 * ("employees of X", "X's shareholders", "X, the maker of …") and then wherever else the article names it.
 * Sentences and companies invented for this test.
 */
class CompanyGrammarCuesTest {

    private static long count(List<EntityMention> found, String text, String word, EntityType type) {
        return found.stream().filter(m -> m.range().slice(text).equals(word) && m.type() == type).count();
    }

    @Test
    void theCuesReadTheWordsAroundTheName() {
        assertThat(CompanyGrammarCues.cue("employees of Quarrow were questioned".split(" "), 2)).isTrue();
        assertThat(CompanyGrammarCues.cue("Quarrow 's shareholders voted".split(" "), 0)).isTrue();
        assertThat(CompanyGrammarCues.cue("Quarrow 's chief executive resigned".split(" "), 0)).isTrue();
        assertThat(CompanyGrammarCues.cue("Quarrow , the maker of boots".split(" "), 0)).isTrue();
        assertThat(CompanyGrammarCues.cue("Quarrow , which is based in".split(" "), 0)).isTrue();
        assertThat(CompanyGrammarCues.cue("said a spokesperson for Quarrow".split(" "), 4)).isTrue();
        // what a person has too, or a role that is not a firm's
        assertThat(CompanyGrammarCues.cue("Quarrow 's wife said".split(" "), 0)).isFalse();
        assertThat(CompanyGrammarCues.cue("Quarrow 's chief of staff".split(" "), 0)).isFalse();
        assertThat(CompanyGrammarCues.cue("the spokesman for Quarrow".split(" "), 3)).isFalse();
        assertThat(CompanyGrammarCues.cue("Quarrow , the leader of".split(" "), 0)).isFalse();
        assertThat(CompanyGrammarCues.cue("friends of Quarrow".split(" "), 2)).isFalse();
    }

    @Test
    void aCompanyFoundByItsEmployeesIsFoundWhereverTheArticleNamesIt() {
        String text = "Prosecutors are looking into claims that employees of Drennick sold rifles abroad. "
                + "Drennick, which is based in Ohio, denies the claims. A review of Drennick began last month.";
        List<EntityMention> found = run(text);
        assertThat(count(found, text, "Drennick", EntityType.ORGANIZATION)).isEqualTo(3);
        assertThat(count(found, text, "Drennick", EntityType.PERSON)).isZero();
    }

    @Test
    void aMakerInAppositionIsACompany() {
        String text = "Shoppers lined up early at Velmora, the maker of cheap folding bikes, on Friday. "
                + "Prices at Velmora rose in the spring.";
        List<EntityMention> found = run(text);
        assertThat(count(found, text, "Velmora", EntityType.ORGANIZATION)).isEqualTo(2);
    }

    @Test
    void aPersonNamedInFullKeepsTheSurname() {
        // the surname of a person named in full is never the company, whatever grammar stands around it
        String text = "Anna Brusk founded the shop in 1990. Today the founder of Brusk is retired.";
        List<EntityMention> found = run(text);
        assertThat(count(found, text, "Brusk", EntityType.ORGANIZATION)).isZero();
    }
}
