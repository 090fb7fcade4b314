package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link WordStarts} gives the matches a find loop over the whole text gives, in the same order and with the same
 * groups, for the patterns {@link IndirectPass} scans with it: "citing" and "according to" in any case, the bare
 * verbs, and the trailing ", X said." credits. The texts are written for this test, with the words in several cases,
 * glued to other words, after non-ASCII letters and at the text's ends.
 */
class WordStartsTest {

    private static final String[] TEXTS = {
        "According to the mayor, the bridge will reopen. ACCORDING TO police, two men were held; according to Ann Reed.",
        "Citing officials, the paper reports that fares will rise. It quoted a source citing Mr Hale, who says that …",
        "Ann Reed said he would go. Tom Hale says prices would rise, Lena Brock added. Reedsaid nothing. ÉSaid it was.",
        "The port will close, the harbour master said. Fares will rise, said Tom Hale.\nPrices will fall, says minister\n",
        "according to", "said", ",", "", "Noted he was late, the coach argued the club would appeal, officials admitted.",
        "CITING a report, the agency says that talks failed; citing Ann Reed, the paper reported that she left.",
        "Ünaccording to nobody, predicted the rain would stop; acknowledged there was a problem,” she said. İciting X",
    };

    @Test
    void theMatchesOfAFindLoopInTheSameOrderWithTheSameGroups() {
        assertSame(RuleQuoteFinder.according(), true, "according");
        assertSame(RuleQuoteFinder.citing(), true, "citing");
        assertSame(Pattern.compile("\\b(said|says|added|argued|warned|insisted|claimed|stated|believes|thinks|predicted"
                + "|acknowledged|admitted|noted)\\s+(?=he|she|they|the|a|\\p{Lu}[\\p{L}'’-]+)"), false,
                "said", "says", "added", "argued", "warned", "insisted", "claimed", "stated", "believes", "thinks",
                "predicted", "acknowledged", "admitted", "noted");
        assertSame(Pattern.compile(",\\s+(?:((?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}?[\\p{L}.'’-]+)\\s+(said|says|added)"
                + "|(said|says)\\s+([\\p{L}.'’-]+(?:[ \\t]+[\\p{L}.'’-]+){0,2}))(?:\\s*[.]|[ \\t]*(?=\\n)|$)"), false, ",");
    }

    private static void assertSame(Pattern pattern, boolean ignoreCase, String... words) {
        int found = 0;
        for (String text : TEXTS) {
            List<String> loop = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                loop.add(describe(m));
            }
            List<String> starts = new ArrayList<>();
            WordStarts w = new WordStarts(pattern, text, ignoreCase, words);
            while (w.find()) {
                starts.add(describe(w.matcher()));
            }
            assertThat(starts).as(pattern + " on " + text).isEqualTo(loop);
            found += loop.size();
        }
        assertThat(found).as("matches of " + pattern).isGreaterThanOrEqualTo(3);
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder();
        for (int g = 0; g <= m.groupCount(); g++) {
            b.append(m.start(g)).append('-').append(m.end(g)).append(' ');
        }
        return b.toString();
    }
}
