package dev.precis.summarize;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Boosted regression trees over the {@link SentenceFeatures}, whose summed leaf values are added to a
 * {@link SummaryModel}'s linear score (in the same logit units), so that interactions the linear model
 * cannot express (a lead that is short report copy × the article's length × the sentence's place) can
 * be learned instead of hand-gated. Fitted outside the product (gradient boosting with XGBoost in
 * precis-lab, on the linear model's score as the base margin) and exported to the model file as text
 * lines, one per node: {@code tree.node T ID FEATURE THRESHOLD YES NO} (go to YES when the feature is
 * below THRESHOLD, compared as 32-bit floats as XGBoost does, else to NO) and {@code tree.leaf T ID VALUE}.
 *
 * <p>Evaluated here by a few lines of hand-written code on purpose: the runtime must not carry XGBoost
 * (a native library and tens of megabytes) to walk a few hundred small trees, and walking a tree is a
 * loop of comparisons. Cost: per sentence, one root-to-leaf walk per tree (depth ≤ 8).
 * {@link #NONE} adds nothing. Immutable and thread-safe.
 */
public final class TreeEnsemble {

    /** No trees: the linear score alone. */
    public static final TreeEnsemble NONE = new TreeEnsemble(List.of());

    static final String NODE = "tree.node";
    static final String LEAF = "tree.leaf";

    /** One tree in arrays: feature &lt; 0 marks a leaf, whose value is in {@code value}. */
    private record Tree(int[] feature, float[] threshold, int[] yes, int[] no, double[] value) {
        double walk(double[] x) {
            int at = 0;
            while (feature[at] >= 0) {
                at = (float) x[feature[at]] < threshold[at] ? yes[at] : no[at];
            }
            return value[at];
        }
    }

    private final List<Tree> trees;

    private TreeEnsemble(List<Tree> trees) {
        this.trees = List.copyOf(trees);
    }

    /** Whether there is at least one tree. */
    public boolean active() {
        return !trees.isEmpty();
    }

    /** The number of trees. */
    public int size() {
        return trees.size();
    }

    /** The sum of the trees' leaf values for one sentence's feature row. */
    public double score(double[] features) {
        double s = 0;
        for (Tree t : trees) {
            s += t.walk(features);
        }
        return s;
    }

    void write(Writer out) throws IOException {
        for (int t = 0; t < trees.size(); t++) {
            Tree tree = trees.get(t);
            for (int i = 0; i < tree.feature().length; i++) {
                if (tree.feature()[i] >= 0) {
                    out.write(NODE + " " + t + " " + i + " " + SentenceFeatures.NAMES.get(tree.feature()[i]) + " "
                            + Float.toString(tree.threshold()[i]) + " " + tree.yes()[i] + " " + tree.no()[i] + "\n");
                } else {
                    out.write(LEAF + " " + t + " " + i + " "
                            + String.format(Locale.ROOT, "%.9g", tree.value()[i]) + "\n");
                }
            }
        }
    }

    /**
     * Collects nodes, in any order, into trees numbered from 0 with nodes numbered from 0 (the root);
     * {@link #build()} checks that every tree is complete and acyclic.
     */
    public static final class Builder {
        private final List<List<double[]>> nodes = new ArrayList<>();

        /** A split node: go to {@code yes} when feature {@code name} is below {@code threshold}, else to {@code no}. */
        public Builder node(int tree, int id, String name, float threshold, int yes, int no) {
            int f = SentenceFeatures.NAMES.indexOf(name);
            if (f < 0) {
                throw new IllegalArgumentException("summary model: tree " + tree + " splits on unknown feature '" + name + "'");
            }
            put(tree, id, new double[] {f, threshold, yes, no, 0});
            return this;
        }

        /** A leaf node with its value. */
        public Builder leaf(int tree, int id, double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("summary model: tree " + tree + " leaf " + id + " is not finite");
            }
            put(tree, id, new double[] {-1, 0, -1, -1, value});
            return this;
        }

        /** Reads one {@code tree.node} or {@code tree.leaf} line, split on white space. */
        Builder line(String[] parts) {
            try {
                if (parts[0].equals(NODE) && parts.length == 7) {
                    return node(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3],
                            Float.parseFloat(parts[4]), Integer.parseInt(parts[5]), Integer.parseInt(parts[6]));
                }
                if (parts[0].equals(LEAF) && parts.length == 4) {
                    return leaf(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Double.parseDouble(parts[3]));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("summary model: bad tree line '" + String.join(" ", parts) + "'");
        }

        private void put(int tree, int id, double[] node) {
            if (tree < 0 || id < 0 || tree > 100_000 || id > 100_000) {
                throw new IllegalArgumentException("summary model: bad tree or node number " + tree + "/" + id);
            }
            while (nodes.size() <= tree) {
                nodes.add(new ArrayList<>());
            }
            List<double[]> t = nodes.get(tree);
            while (t.size() <= id) {
                t.add(null);
            }
            if (t.get(id) != null) {
                throw new IllegalArgumentException("summary model: tree " + tree + " has node " + id + " twice");
            }
            t.set(id, node);
        }

        /** The ensemble; {@link #NONE} without nodes. */
        public TreeEnsemble build() {
            List<Tree> out = new ArrayList<>();
            for (int t = 0; t < nodes.size(); t++) {
                List<double[]> list = nodes.get(t);
                int n = list.size();
                if (n == 0) {
                    throw new IllegalArgumentException("summary model: tree " + t + " has no nodes");
                }
                int[] feature = new int[n];
                float[] threshold = new float[n];
                int[] yes = new int[n];
                int[] no = new int[n];
                double[] value = new double[n];
                for (int i = 0; i < n; i++) {
                    double[] node = list.get(i);
                    if (node == null) {
                        throw new IllegalArgumentException("summary model: tree " + t + " lacks node " + i);
                    }
                    feature[i] = (int) node[0];
                    threshold[i] = (float) node[1];
                    yes[i] = (int) node[2];
                    no[i] = (int) node[3];
                    value[i] = node[4];
                    // children always have higher numbers than their parent (XGBoost's numbering), so a walk ends
                    if (feature[i] >= 0 && (yes[i] <= i || no[i] <= i || yes[i] >= n || no[i] >= n)) {
                        throw new IllegalArgumentException("summary model: tree " + t + " node " + i + " has bad children");
                    }
                }
                out.add(new Tree(feature, threshold, yes, no, value));
            }
            return out.isEmpty() ? NONE : new TreeEnsemble(out);
        }
    }
}
