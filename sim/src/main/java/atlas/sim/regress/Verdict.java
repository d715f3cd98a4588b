package atlas.sim.regress;

/** What the check concludes about one metric of one scenario. */
public enum Verdict {
    /** Every run gave the baseline's value. */
    SAME("same"),
    /** Moved, but within tolerance or not significantly. */
    OK("ok"),
    /** Moved the better way, beyond tolerance and significantly. */
    IMPROVED("improved"),
    /** Moved the worse way, beyond tolerance and significantly: the check fails. */
    REGRESSED("REGRESSED"),
    /** Too few runs define the metric, on one side or both, to test it. */
    UNDEFINED("undefined");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The word in the table. */
    public String label() {
        return label;
    }
}
