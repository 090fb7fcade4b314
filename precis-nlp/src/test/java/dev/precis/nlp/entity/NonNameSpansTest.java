package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roman numerals and determined acronyms are not organisations; an acronym before a noun still is. */
class NonNameSpansTest {

    @Test
    void aRomanNumeralIsNoNameAlone() {
        String text = "Corwin Haldane II ran for governor in 1952. His grandson, Corwin Haldane III, "
                + "later wrote that Haldane I had never met Haldane II before the Great Frost II ended the harvest.";
        List<EntityMention> found = run(text);
        assertThat(found).as(surfaces(found, text).toString())
                .noneMatch(m -> text.substring(m.range().start(), m.range().end()).matches("[IVX]+"));
    }

    @Test
    void anAcronymAfterAnArticleOrPossessiveIsACommonNoun() {
        String text = "Marta Quell said she got a DWI and kept her job, and she hired an MBA, Ben Orrin, to check their QRX.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "DWI")).as(surfaces(found, text).toString()).isNull();
        assertThat(mention(found, text, "MBA")).as(surfaces(found, text).toString()).isNull();
        assertThat(mention(found, text, "QRX")).as(surfaces(found, text).toString()).isNull();
    }

    @Test
    void aDeterminedAcronymIsNotFoundAgainFromItsBareUses() {
        String text = "Dana Whitcombe, who runs the QRX office in Halbridge, said QRX had hired two new auditors this "
                + "year. Her brother got a QRX, and he now drives a bus.";
        List<EntityMention> found = run(text);
        int common = text.indexOf("a QRX,") + 2;
        assertThat(found).as(surfaces(found, text).toString())
                .noneMatch(m -> m.range().start() == common)
                .anyMatch(m -> m.range().start() == text.indexOf("QRX had") && m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void anAcronymBeforeANounStillNamesTheBody() {
        String text = "An FBI agent met a NATO envoy in Brussels on Tuesday.";
        List<EntityMention> found = run(text);
        EntityMention fbi = mention(found, text, "FBI");
        assertThat(fbi).as(surfaces(found, text).toString()).isNotNull();
        assertThat(fbi.type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
