package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates a blog engine leaves where news templates do not (forty-first session, dates52): a post's own date under
 * the engine's script key ("postDate", "post_date", "postedAt") on a page dated nowhere else, and a theme's date
 * badge whose day, month and year are numbers in boxes of their own ({@code <div class="post-date"><span>12</span>
 * <span>07</span><span>2017</span></div>}). Pages written for this test, read under clocks in four zones
 * ({@link DatePages#sameDayInEveryZone}) with the fetch time 2024-03-10T12:00Z.
 */
class BlogEngineDatesTest {

    private static final String FETCHED = "2024-03-10T12:00:00Z";

    private static String day(String lang, String head, String meta) throws Exception {
        return DatePages.sameDayInEveryZone(LocaleDateFormsTest.page(lang, head, meta), "https://blog.example/neue-bruecke/", FETCHED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<script>var wpData = {\"postId\":412,\"postDate\":\"2017-07-12 14:03:00\"};</script>~2017-07-12",
        "fr~<script>window.__post = {post_date: '2017-07-12 14:03:00', post_author: 'jeanne'};</script>~2017-07-12",
        "en~<script>var state = {\"postedAt\":\"2017-07-12T14:03:00Z\"};</script>~2017-07-12",
        // a forum's or a widget's last post, a change, and the author's key date nothing
        "de~<script>var forum = {\"lastPostDate\":\"2017-07-12 14:03:00\"};</script>~none",
        "en~<script>var s = {\"postModifiedDate\":\"2017-07-12 14:03:00\"};</script>~none",
    })
    void aPostDateKeyInTheScripts(String lang, String head, String expected) throws Exception {
        assertThat(day(lang, head, "")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<div class=post-date><span class=d>12</span><span class=m>07</span><span class=y>2017</span></div>~2017-07-12",
        "fr~<div class=date-badge><span>12</span> <span>07</span> <span>2017</span></div>~2017-07-12",
        "de~<div class=entry-date><span>2017</span><span>07</span><span>12</span></div>~2017-07-12",
        "en~<div class=post-date><span>07</span><span>12</span><span>2017</span></div>~2017-07-12",
        // numbers in a box named no date, an impossible day, and a count beside a day and month are no badge
        "de~<div class=stats><span>12</span><span>07</span><span>2017</span></div>~none",
        "de~<div class=post-date><span>32</span><span>07</span><span>2017</span></div>~none",
        "de~<div class=post-date><span>12</span><span>07</span><span>14</span></div>~none",
    })
    void aBadgeOfNumbers(String lang, String meta, String expected) throws Exception {
        assertThat(day(lang, "", meta)).isEqualTo(expected);
    }
}
