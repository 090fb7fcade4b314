package dev.precis.store;

import java.util.Set;

/** English function words and news boilerplate verbs that carry no topic. Thread-safe. */
final class StopWords {

    private static final Set<String> WORDS = Set.copyOf(java.util.Arrays.asList(("a about above after again against all also although am an and "
            + "another any are around as at be because been before being below between both but by can could did do "
            + "does doing down during each either even ever every few for from further had has have having he her "
            + "here hers herself him himself his how however i if in into is it its itself just last least less like "
            + "made make many may me might more most much must my myself neither new next no nor not now of off on "
            + "once one only or other our ours ourselves out over own per said same say says she should since so some "
            + "still such than that the their theirs them themselves then there these they this those though three "
            + "through to too two under until up upon us very was we well were what when where whether which while "
            + "who whom whose why will with within without would year years yet you your yours yourself told according "
            + "time first people get got going told added being way back week weeks month months day days another "
            + "it's he's she's i'm don't didn't can't won't isn't that's there's").split(" ")));

    private StopWords() {
    }

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
