package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The name particles and the credit verbs of quotes49, written as trees by first letters and stems (quotes49s) to cost
 * less at every word tried: they must match exactly the words of the plain lists they replace.
 */
class ParticleAndVerbTreesTest {

    private static final List<String> PARTICLE_WORDS = List.of("de", "da", "das", "dos", "del", "della", "di", "du", "la",
            "le", "van", "von", "der", "den", "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el");

    @Test
    void particlesMatchTheListedWordsAndNoOthers() {
        Pattern tree = Pattern.compile(NamePatterns.PARTICLES);
        Pattern plain = Pattern.compile("(?:(?:" + String.join("|", PARTICLE_WORDS) + ")[ \\t]+){0,2}");
        for (String w : PARTICLE_WORDS) {
            assertThat(tree.matcher(w + " ").matches()).as(w).isTrue();
        }
        for (String text : List.of("van der ", "de la ", "bin\t", "dela ", "dell ", "d ", "bi ", "binty ", "vn ", "Van ",
                "ter ten ", "de la de ", "ibnx ", "als ", "e ", "")) {
            assertThat(tree.matcher(text).matches()).as(text).isEqualTo(plain.matcher(text).matches());
        }
    }

    @Test
    void aNameRunsOnThroughItsParticles() {
        Pattern name = Pattern.compile(NamePatterns.NAME);
        assertThat(name.matcher("Pieter van der Berg").matches()).isTrue();
        assertThat(name.matcher("Nur Aisyah binti Ahmad").matches()).isTrue();
        assertThat(name.matcher("Ana dela Cruz").matches()).isFalse();
    }

    @Test
    void theNewCreditVerbsMatchAsWordsAndPledgedNotBeforeTo() {
        Pattern verb = Pattern.compile("(?:" + SpeechCues.VERB + ")\\b");
        for (String v : List.of("pledged", "pledges", "laughed", "laughs", "smiled", "smiles", "sighed", "sighs", "chuckled",
                "chuckles", "beamed", "beams")) {
            assertThat(verb.matcher(v).matches()).as(v).isTrue();
        }
        assertThat(verb.matcher("pledged to Reed").lookingAt()).isFalse();
        assertThat(verb.matcher("pledged tomorrow").lookingAt()).isTrue();
        assertThat(verb.matcher("pledget").lookingAt()).isFalse();
        assertThat(verb.matcher("smils").lookingAt()).isFalse();
    }
}
