package atlas.sim.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name closest to a misspelt one, so an error can say "did you mean ...?".
 * Distance is the optimal-string-alignment edit distance (Levenshtein's, plus swapping two
 * neighbouring characters as one edit, the commonest typo) on lower-cased text; a suggestion is offered only when
 * at most a third of the name (and at least one character) differs, because a far-fetched
 * suggestion misleads more than none.
 */
final class ClosestName {

    private ClosestName() {
    }

    static Optional<String> among(String name, Collection<String> known) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, Math.max(wanted.length(), 1) / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or "" when nothing is close. */
    static String hint(String name, Collection<String> known) {
        return among(name, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
