package org.persistlab.sim.kernel.random;

/**
 * The standard normal quantile (inverse distribution function) by Wichura's algorithm AS 241, PPND16
 * (Applied Statistics 37(3), 1988, 477-484): rational approximations in three regions, accurate to
 * about 1 part in 10^16. Inversion lets a normal draw use exactly one uniform.
 */
public final class NormalQuantile {

    private static final double SPLIT1 = 0.425;
    private static final double SPLIT2 = 5.0;
    private static final double CONST1 = 0.180625;
    private static final double CONST2 = 1.6;

    // Package-private for the transcription check in the tests; never written.
    // Central region, |p - 0.5| <= 0.425.
    static final double[] A = {3.3871328727963666080, 1.3314166789178437745e2, 1.9715909503065514427e3,
        1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4,
        2.5090809287301226727e3};
    static final double[] B = {1.0, 4.2313330701600911252e1, 6.8718700749205790830e2,
        5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4,
        5.2264952788528545610e3};
    // Intermediate tails, sqrt(-log(min(p, 1 - p))) <= 5.
    static final double[] C = {1.42343711074968357734, 4.63033784615654529590, 5.76949722146069140550,
        3.64784832476320460504, 1.27045825245236838258, 2.41780725177450611770e-1, 2.27238449892691845833e-2,
        7.74545014278341407640e-4};
    static final double[] D = {1.0, 2.05319162663775882187, 1.67638483018380384940,
        6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2,
        5.47593808499534494600e-4, 1.05075007164441684324e-9};
    // Far tails.
    static final double[] E = {6.65790464350110377720, 5.46378491116411436990, 1.78482653991729133580,
        2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
        2.71155556874348757815e-5, 2.01033439929228813265e-7};
    static final double[] F = {1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
        1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5,
        1.42151175831644588870e-7, 2.04426310338993978564e-15};

    private NormalQuantile() {
    }

    /**
     * The z with Phi(z) = p.
     *
     * @throws IllegalArgumentException unless 0 < p < 1
     */
    public static double of(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability " + p + " is not strictly between 0 and 1");
        }
        double q = p - 0.5;
        if (Math.abs(q) <= SPLIT1) {
            double r = CONST1 - q * q;
            return q * poly(A, r) / poly(B, r);
        }
        double r = StrictMath.sqrt(-StrictMath.log(q < 0 ? p : 1 - p));
        double z = r <= SPLIT2
                ? poly(C, r - CONST2) / poly(D, r - CONST2)
                : poly(E, r - SPLIT2) / poly(F, r - SPLIT2);
        return q < 0 ? -z : z;
    }

    /** c[0] + c[1] x + ... + c[7] x^7 by Horner's rule. */
    private static double poly(double[] c, double x) {
        double sum = c[7];
        for (int i = 6; i >= 0; i--) {
            sum = sum * x + c[i];
        }
        return sum;
    }
}
