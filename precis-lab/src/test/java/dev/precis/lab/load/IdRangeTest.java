package dev.precis.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdRangeTest {

    @Test
    void parsesRangesAndSingleIds() {
        assertThat(IdRange.parse("1-10000")).isEqualTo(new IdRange(1, 10000));
        assertThat(IdRange.parse(" 7 - 9 ")).isEqualTo(new IdRange(7, 9));
        assertThat(IdRange.parse("42")).isEqualTo(new IdRange(42, 42));
        assertThat(IdRange.parse("1-10000").size()).isEqualTo(10000);
        assertThat(IdRange.parse("3-5")).hasToString("3-5");
    }

    @Test
    void rejectsWhatIsNotARange() {
        for (String bad : new String[] {"", "a-b", "10-1", "-5", "1-", "1-2-3", "1..5"}) {
            assertThatThrownBy(() -> IdRange.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("id range");
        }
        assertThatThrownBy(() -> IdRange.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsEveryIdOfASmallRangeAndNothingOutside() {
        IdRange r = new IdRange(5, 9);
        SplittableRandom random = new SplittableRandom(3);
        boolean[] seen = new boolean[5];
        for (int i = 0; i < 1000; i++) {
            long id = r.pick(random);
            assertThat(id).isBetween(5L, 9L);
            seen[(int) (id - 5)] = true;
        }
        assertThat(seen).containsOnly(true);
    }
}
