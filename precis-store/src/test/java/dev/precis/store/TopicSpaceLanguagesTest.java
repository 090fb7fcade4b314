package dev.precis.store;

import static dev.precis.store.StoryLanguageTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link StoryParams#foreignWords()}: an article in another language than English is compared on its own content words
 * (its language's function words dropped, no key names); English articles are compared as before (invented texts,
 * no name recogniser: key names are capitalised words, which in German are every noun).
 */
class TopicSpaceLanguagesTest {

    private static final StoryParams ON = StoryParams.DEFAULT.with("foreignWords", 1);
    private static final StoryParams OFF = StoryParams.DEFAULT.with("foreignWords", 0);

    /** A library of English news beside two German and two Spanish stories, each its own story. */
    private static TopicSpace space(StoryParams p) {
        TopicSpace s = new TopicSpace(p);
        s.add(1, article("Council votes on new bus depot", "The council voted on Tuesday to build a new bus depot beside the"
                + " ring road, after residents asked for quieter streets in the old town."), 100L, 1);
        s.add(2, article("Striker signs for Rovers", "Rovers have signed the striker Tom Baxter on a three-year deal, the club"
                + " announced, ending a month of talks with his former side."), 100L, 2);
        s.add(3, article("Drought lifts grain prices", "Grain prices rose for a third week as the drought cut the harvest across"
                + " the eastern plains, farmers and traders said."), 100L, 3);
        s.add(4, article("Fähre vor Brenmoor auf Grund gelaufen", "Die Fähre ist am Montag mit mehr als zweihundert Fahrgästen"
                + " vor dem Hafen von Brenmoor auf eine Sandbank gelaufen. Nach Angaben der Küstenwache wurden alle Reisenden"
                + " von den Rettungsbooten an Land gebracht, und niemand wurde verletzt."), 100L, 4);
        s.add(5, article("Stadtrat beschließt neuen Haushalt", "Der Stadtrat hat am Donnerstag den Haushalt für das kommende"
                + " Jahr beschlossen. Die Ausgaben für Schulen und Straßen steigen, und die Gebühren für das Parken werden"
                + " nach der Sitzung erhöht, wie die Verwaltung mitteilte."), 100L, 5);
        s.add(6, article("Un ferry encalla frente a Brenmoor", "El ferry quedó varado el lunes en un banco de arena frente al"
                + " puerto de Brenmoor con más de doscientos pasajeros. Según los guardacostas, todos los viajeros fueron"
                + " llevados a tierra por los botes de rescate y nadie resultó herido."), 100L, 6);
        s.add(7, article("El ayuntamiento aprueba los presupuestos", "El ayuntamiento aprobó el jueves los presupuestos para"
                + " el próximo año. Los gastos en escuelas y calles suben, y las tasas de aparcamiento se elevarán tras la"
                + " sesión, según informó la administración."), 100L, 7);
        return s;
    }

    // another German outlet's report of the grounding: other wording, the event's own words shared
    private static final ArticleFeatures GERMAN_SAME = article("Fahrgäste nach Havarie der Fähre in Brenmoor gerettet",
            "Nach der Havarie der Fähre vor Brenmoor sind alle zweihundert Fahrgäste in Sicherheit. Die Küstenwache teilte mit,"
                    + " die Rettungsboote hätten die Reisenden von der Sandbank an Land gebracht.");
    // a German report of another event: only the language's function words and common nouns in common
    private static final ArticleFeatures GERMAN_OTHER = article("Neue Brücke über den Fluss eröffnet",
            "Die neue Brücke über den Fluss ist am Freitag für den Verkehr freigegeben worden. Nach Angaben der Stadt hat der"
                    + " Bau drei Jahre gedauert, und die Autos können nun von der Altstadt direkt zum Bahnhof fahren.");
    private static final ArticleFeatures SPANISH_SAME = article("Rescatados los pasajeros del ferry varado en Brenmoor",
            "Todos los doscientos pasajeros del ferry varado frente a Brenmoor están a salvo. Los guardacostas dijeron que"
                    + " los botes de rescate llevaron a los viajeros desde el banco de arena hasta tierra.");
    private static final ArticleFeatures SPANISH_OTHER = article("Inaugurado el nuevo puente sobre el río",
            "El nuevo puente sobre el río se abrió el viernes al tráfico. Según la ciudad, las obras duraron tres años y los"
                    + " coches pueden ahora ir desde el casco antiguo directamente hasta la estación.");

    @Test
    void reportsOfOneEventInGermanOrSpanishJoinTheirStoryAndOtherEventsStayApart() {
        TopicSpace on = space(ON);
        assertThat(on.plan(GERMAN_SAME, 100L).storyId()).as("German: the grounding's second report").isEqualTo(4);
        assertThat(on.plan(GERMAN_OTHER, 100L).storyId()).as("German: another event").isZero();
        assertThat(on.plan(SPANISH_SAME, 100L).storyId()).as("Spanish: the grounding's second report").isEqualTo(6);
        assertThat(on.plan(SPANISH_OTHER, 100L).storyId()).as("Spanish: another event").isZero();
    }

    @Test
    void theLanguagesFunctionWordsNoLongerCarryAPair() {
        double off = space(OFF).similarities(java.util.List.of(4L, 5L))[0][1];
        double on = space(ON).similarities(java.util.List.of(4L, 5L))[0][1];
        assertThat(on).as("two German stories of different events, read in German").isLessThan(off);
    }

    @Test
    void englishArticlesArePlannedAsBefore() {
        ArticleFeatures english = article("Council delays bus depot vote", "The council put off its vote on the bus depot"
                + " beside the ring road until March, after residents of the old town asked for a hearing.");
        TopicSpace.Plan off = space(OFF).plan(english, 100L);
        TopicSpace.Plan on = space(ON).plan(english, 100L);
        assertThat(on.storyId()).isEqualTo(off.storyId()).isEqualTo(1);
        assertThat(on.storyScore()).isEqualTo(off.storyScore());
        assertThat(space(ON).similarities(java.util.List.of(1L, 2L, 3L))).isEqualTo(space(OFF).similarities(java.util.List.of(1L, 2L, 3L)));
    }

    @Test
    void theLibrarysGroupingReadsArticlesInTheirOwnLanguage() {
        // on since stories51: the library's own grouping reads German and Spanish as the knob at 1 does
        assertThat(StoryParams.DEFAULT.foreignWords()).isEqualTo(1);
        TopicSpace library = space(StoryParams.DEFAULT);
        assertThat(library.similarities(java.util.List.of(4L, 5L))).isEqualTo(space(ON).similarities(java.util.List.of(4L, 5L)));
        assertThat(library.similarities(java.util.List.of(4L, 5L))[0][1])
                .isLessThan(space(OFF).similarities(java.util.List.of(4L, 5L))[0][1]);
        assertThat(library.plan(GERMAN_SAME, 100L).storyId()).isEqualTo(4);
        assertThat(library.plan(SPANISH_OTHER, 100L).storyId()).isZero();
    }

    @Test
    void aWordsScriptIsReadFromItsFirstLetter() {
        // the ASCII shortcut answers as Character.UnicodeScript does
        for (String w : java.util.List.of("harbour", "Zebra", "über", "ñandú", "łódź", "9lives", "-dash", "'tis", "_x", "[y", "`z", "{q", "@home")) {
            assertThat(StoryLanguage.latinStart(w)).as(w)
                    .isEqualTo(Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.LATIN);
        }
        assertThat(StoryLanguage.latinStart("Москва")).isFalse();
        assertThat(StoryLanguage.latinStart("東京")).isFalse();
        assertThat(StoryLanguage.latinStart("αθήνα")).isFalse();
    }
}
