package dev.precis.nlp.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Sentence;
import dev.precis.nlp.SentenceSplitter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every {@link SentenceSplitter} must do, whatever its method. */
abstract class SentenceSplitterContract {

    abstract SentenceSplitter splitter();

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(splitter().split("")).isEmpty();
        assertThat(splitter().split(" \n\n\t ")).isEmpty();
    }

    @Test
    void paragraphBreaksAlwaysEndASentence() {
        List<Sentence> s = splitter().split("A headline without a stop\n\nThe body starts here. It goes on.");
        assertThat(s).hasSize(3);
        assertThat(s.get(0).text("A headline without a stop\n\nThe body starts here. It goes on."))
                .isEqualTo("A headline without a stop");
    }

    @Test
    void randomInputKeepsRangesOrderedTrimmedAndInside() {
        Random random = new Random(42);
        String alphabet = "aB .!?\"“”'’()[]\n\u00a0U.S.Dr.…,;:0123456789xyzXYZ";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<Sentence> sentences = splitter().split(text);
            int previousEnd = 0;
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                assertThat(s.index()).isEqualTo(i);
                assertThat(s.range().start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(s.range().end()).isLessThanOrEqualTo(text.length());
                assertThat(s.range().isEmpty()).isFalse();
                String body = s.text(text);
                assertThat(body).isEqualTo(body.strip());
                previousEnd = s.range().end();
            }
        }
    }
}
