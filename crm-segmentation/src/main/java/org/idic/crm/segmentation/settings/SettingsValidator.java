package org.idic.crm.segmentation.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a settings document as a whole and reports every problem at once, one per field and rule,
 * so a form can mark all wrong fields in one round trip. Codes are stable keys for translation.
 */
public final class SettingsValidator {

    private final List<SettingsProblem> problems = new ArrayList<>();

    private SettingsValidator() {
    }

    /** Every problem of the settings; empty when they are usable. */
    public static List<SettingsProblem> validate(SegmentationSettings s) {
        SettingsValidator v = new SettingsValidator();
        v.checkWindowAndAbc(s);
        v.checkRfm(s);
        v.checkCosts(s);
        v.checkClv(s);
        v.checkTiers(s);
        v.checkLifecycle(s);
        return List.copyOf(v.problems);
    }

    /** Throws {@link InvalidSettingsException} unless the settings are valid. */
    public static SegmentationSettings requireValid(SegmentationSettings s) {
        List<SettingsProblem> problems = validate(s);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return s;
    }

    private void checkWindowAndAbc(SegmentationSettings s) {
        atLeast("windowDays", s.windowDays(), 1, "days.tooSmall");
        boolean a = share("abcShareA", s.abcShareA());
        boolean b = share("abcShareB", s.abcShareB());
        if (a && b && s.abcShareA() >= s.abcShareB()) {
            add("abcShareB", "shares.notAscending", "abcShareB (%s) must be greater than abcShareA (%s)"
                    .formatted(s.abcShareB(), s.abcShareA()));
        }
        List<Double> p = s.pyramidShares();
        if (p.size() != 4) {
            add("pyramidShares", "shares.count", "pyramidShares needs 4 values (platinum, gold, iron, lead), got " + p.size());
        }
        boolean inRange = true;
        for (double v : p) {
            inRange &= Double.isFinite(v) && v > 0 && v <= 1;
        }
        if (!inRange) {
            add("pyramidShares", "share.outOfRange", "every pyramid share must be within (0, 1], got " + p);
        } else if (!strictlyAscending(p)) {
            add("pyramidShares", "shares.notAscending", "pyramid shares must be strictly ascending, got " + p);
        }
        if (!p.isEmpty() && p.get(p.size() - 1) != 1.0) {
            add("pyramidShares", "shares.lastNotOne", "the last pyramid share must be 1 (every customer has a level)");
        }
    }

    private void checkRfm(SegmentationSettings s) {
        int k = s.rfmK();
        if (k < 3 || k > 10) {
            add("rfmK", "rfmK.outOfRange", "rfmK must be between 3 and 10, got " + k);
        }
        if (s.rfmMode() == RfmMode.FIXED_BINS) {
            cuts("recencyCuts", s.recencyCuts(), k, true);
            cuts("frequencyCuts", s.frequencyCuts(), k, true);
            cuts("monetaryCuts", s.monetaryCuts(), k, false);
        }
    }

    private void cuts(String field, List<Double> cuts, int k, boolean nonNegative) {
        if (k >= 3 && k <= 10 && cuts.size() != k - 1) {
            add(field, "cuts.count", "%s needs k-1 = %d cut points, got %d".formatted(field, k - 1, cuts.size()));
        }
        if (!cuts.stream().allMatch(Double::isFinite)) {
            add(field, "value.notFinite", field + " must contain numbers only");
            return;
        }
        if (!strictlyAscending(cuts)) {
            add(field, "cuts.notAscending", field + " must be strictly ascending, got " + cuts);
        }
        if (nonNegative && cuts.stream().anyMatch(c -> c < 0)) {
            add(field, "cuts.negative", field + " must not be negative, got " + cuts);
        }
    }

    private void checkCosts(SegmentationSettings s) {
        rate("defaultMarginRate", s.defaultMarginRate(), true);
        for (Channel c : Channel.values()) {
            Double cost = s.channelCosts().get(c);
            if (cost == null) {
                add("channelCosts." + c, "channelCosts.missing", "no cost given for channel " + c);
            } else {
                nonNegative("channelCosts." + c, cost);
            }
        }
        nonNegative("complaintCost", s.complaintCost());
    }

    private void checkClv(SegmentationSettings s) {
        atLeast("minCustomersForModel", s.minCustomersForModel(), 1, "count.tooSmall");
        if (s.horizonMonths() < 1 || s.horizonMonths() > 120) {
            add("horizonMonths", "horizon.outOfRange", "horizonMonths must be between 1 and 120, got " + s.horizonMonths());
        }
        rate("annualDiscountRate", s.annualDiscountRate(), false);
        rate("retentionRate", s.retentionRate(), false);
    }

    private void checkTiers(SegmentationSettings s) {
        share("mvcShare", s.mvcShare());
        positive("mvcAmount", s.mvcAmount());
        share("mgcShare", s.mgcShare());
        positive("mgcAmount", s.mgcAmount());
    }

    private void checkLifecycle(SegmentationSettings s) {
        atLeast("churnDays", s.churnDays(), 1, "days.tooSmall");
        atLeast("recentDays", s.recentDays(), 1, "days.tooSmall");
        atLeast("newCustomerDays", s.newCustomerDays(), 1, "days.tooSmall");
        atLeast("loyalMinPurchaseDays", s.loyalMinPurchaseDays(), 1, "count.tooSmall");
        atLeast("loyalMaxRecencyDays", s.loyalMaxRecencyDays(), 0, "days.negative");
        if (finite("declineRatio", s.declineRatio()) && !(s.declineRatio() > 0 && s.declineRatio() < 1)) {
            add("declineRatio", "ratios.inconsistent", "declineRatio must be above 0 and below 1, got " + s.declineRatio());
        }
        if (finite("growthRatio", s.growthRatio()) && !(s.growthRatio() > 1)) {
            add("growthRatio", "ratios.inconsistent", "growthRatio must be above 1, got " + s.growthRatio());
        }
        boolean t = probability("pAliveTerminated", s.pAliveTerminated());
        boolean d = probability("pAliveDecline", s.pAliveDecline());
        if (t && d && s.pAliveTerminated() > s.pAliveDecline()) {
            add("pAliveDecline", "probabilities.inconsistent", "pAliveDecline (%s) must not be below pAliveTerminated (%s)"
                    .formatted(s.pAliveDecline(), s.pAliveTerminated()));
        }
    }

    private boolean share(String field, double v) {
        if (!finite(field, v)) {
            return false;
        }
        if (!(v > 0 && v <= 1)) {
            add(field, "share.outOfRange", field + " must be within (0, 1], got " + v);
            return false;
        }
        return true;
    }

    private void rate(String field, double v, boolean oneAllowed) {
        if (finite(field, v) && !(v >= 0 && (oneAllowed ? v <= 1 : v < 1))) {
            add(field, "rate.outOfRange", field + " must be within [0, 1" + (oneAllowed ? "]" : ")") + ", got " + v);
        }
    }

    private boolean probability(String field, double v) {
        if (!finite(field, v)) {
            return false;
        }
        if (!(v >= 0 && v <= 1)) {
            add(field, "probability.outOfRange", field + " must be within [0, 1], got " + v);
            return false;
        }
        return true;
    }

    private void nonNegative(String field, double v) {
        if (finite(field, v) && v < 0) {
            add(field, "cost.negative", field + " must not be negative, got " + v);
        }
    }

    private void positive(String field, double v) {
        if (finite(field, v) && !(v > 0)) {
            add(field, "amount.notPositive", field + " must be above 0, got " + v);
        }
    }

    private void atLeast(String field, int v, int min, String code) {
        if (v < min) {
            add(field, code, "%s must be at least %d, got %d".formatted(field, min, v));
        }
    }

    private boolean finite(String field, double v) {
        if (!Double.isFinite(v)) {
            add(field, "value.notFinite", field + " must be a finite number");
            return false;
        }
        return true;
    }

    private static boolean strictlyAscending(List<Double> values) {
        for (int i = 1; i < values.size(); i++) {
            if (!(values.get(i) > values.get(i - 1))) {
                return false;
            }
        }
        return true;
    }

    private void add(String field, String code, String message) {
        problems.add(new SettingsProblem(field, code, message));
    }
}
