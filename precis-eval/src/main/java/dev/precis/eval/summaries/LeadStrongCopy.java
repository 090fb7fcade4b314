package dev.precis.eval.summaries;

import dev.precis.summarize.Datelines;
import java.util.ArrayList;
import java.util.List;

/**
 * A tuning set of lead-strong copy, chosen by the shape of the text alone (never by its reference, so
 * never by how well the lead scores): the articles that open with a wire dateline naming a place
 * ({@link Datelines#opensWithPlace}), that is news reports filed from somewhere, written in the
 * inverted pyramid. Features, columns, partner-magazine pieces and transcripts carry no place dateline.
 * Taken from fitting files whole and from a validation file's tuning quarters only (numbers 1 and 3
 * mod 4): its even-numbered half stays for reporting.
 */
public final class LeadStrongCopy {

    private LeadStrongCopy() {
    }

    /** True when the case is a datelined report. */
    public static boolean isLeadStrong(SummaryCase c) {
        return Datelines.opensWithPlace(c.article().text());
    }

    /**
     * The datelined cases of {@code fitting} (every case) and of {@code validation}'s odd-numbered
     * cases; the validation file's even-numbered cases are never taken.
     */
    public static List<SummaryCase> select(List<SummaryCase> fitting, List<SummaryCase> validation) {
        List<SummaryCase> out = new ArrayList<>();
        for (SummaryCase c : fitting) {
            if (isLeadStrong(c)) {
                out.add(c);
            }
        }
        for (SummaryCase c : validation) {
            if (c.number() % 2 == 1 && isLeadStrong(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
