package app.admired.report;

/**
 * The lower bound of the Wilson score interval for a proportion: how positive a person's evidence
 * is, at least, given how much evidence there is. One rave mention has a low bound; twenty warm
 * ones a high bound (Evan Miller, "How Not To Sort By Average Rating").
 */
public final class WilsonBound {

    /** z for a 95 % two-sided interval. */
    public static final double Z_95 = 1.959963984540054;

    private WilsonBound() {}

    /**
     * @param positive positive evidence (may be fractional)
     * @param total    positive plus negative evidence
     * @return the lower bound in [0, 1]; 0 when there is no evidence
     */
    public static double lower(double positive, double total, double z) {
        if (total <= 0 || positive <= 0) {
            // Exactly 0: the formula gives rounding noise (1e-17) here, which would break ties.
            return 0.0;
        }
        double p = positive / total;
        double z2 = z * z;
        double centre = p + z2 / (2 * total);
        double spread = z * Math.sqrt(p * (1 - p) / total + z2 / (4 * total * total));
        return Math.max(0.0, (centre - spread) / (1 + z2 / total));
    }
}
