package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeListTest {

    @Test
    void rangesComeBackInTheirOrder() {
        List<TextRange> ranges = List.of(new TextRange(0, 41), new TextRange(42, 97), new TextRange(120, 120000));
        assertThat(RangeList.encode(ranges)).isEqualTo("0,41,42,97,120,120000");
        assertThat(RangeList.decode(RangeList.encode(ranges))).isEqualTo(ranges);
    }

    @Test
    void noRangesIsAnEmptyValue() {
        assertThat(RangeList.encode(List.of())).isEmpty();
        assertThat(RangeList.decode("")).isEmpty();
        assertThat(RangeList.decode(null)).isEmpty();
    }

    @Test
    void aValueThatIsNotRangesIsRefused() {
        assertThatThrownBy(() -> RangeList.decode("0,41,42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RangeList.decode("0,x")).isInstanceOf(NumberFormatException.class);
    }
}
