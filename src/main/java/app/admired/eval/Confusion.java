package app.admired.eval;

import java.util.List;
import java.util.Locale;

/** A confusion matrix over a fixed list of labels, with accuracy and macro-F1. */
public final class Confusion {

    private final List<String> labels;
    private final int[][] counts;
    /** Per gold label: predictions outside the labels ("none": the sentence had no parse). */
    private final int[] missed;

    public Confusion(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new int[labels.size()][labels.size()];
        this.missed = new int[labels.size()];
    }

    public void add(String gold, String predicted) {
        int g = labels.indexOf(gold);
        int p = labels.indexOf(predicted);
        if (g < 0) {
            throw new IllegalArgumentException("unknown gold label " + gold);
        }
        // A prediction outside the labels (no verdict) counts as wrong: it lands in no column.
        if (p >= 0) {
            counts[g][p]++;
        } else {
            missed[g]++;
        }
    }

    public int total() {
        int total = 0;
        for (int g = 0; g < labels.size(); g++) {
            total += missed[g];
            for (int p = 0; p < labels.size(); p++) {
                total += counts[g][p];
            }
        }
        return total;
    }

    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < labels.size(); i++) {
            correct += counts[i][i];
        }
        return total() == 0 ? 0 : (double) correct / total();
    }

    /** F1 of one label: 2PR / (P + R), 0 when undefined. */
    public double f1(int label) {
        int truePositive = counts[label][label];
        int predicted = 0;
        int gold = missed[label];
        for (int i = 0; i < labels.size(); i++) {
            predicted += counts[i][label];
            gold += counts[label][i];
        }
        double precision = predicted == 0 ? 0 : (double) truePositive / predicted;
        double recall = gold == 0 ? 0 : (double) truePositive / gold;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Unweighted mean of the per-label F1 scores (the NewsMTSC paper's F1m). */
    public double macroF1() {
        double sum = 0;
        for (int i = 0; i < labels.size(); i++) {
            sum += f1(i);
        }
        return sum / labels.size();
    }

    /** The matrix as text: rows gold, columns predicted. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-12s", "gold\\pred"));
        labels.forEach(l -> out.append(String.format(Locale.ROOT, "%10s", l)));
        out.append(String.format(Locale.ROOT, "%10s%n", "none"));
        for (int g = 0; g < labels.size(); g++) {
            out.append(String.format(Locale.ROOT, "%-12s", labels.get(g)));
            for (int p = 0; p < labels.size(); p++) {
                out.append(String.format(Locale.ROOT, "%10d", counts[g][p]));
            }
            out.append(String.format(Locale.ROOT, "%10d%n", missed[g]));
        }
        return out.toString();
    }
}
