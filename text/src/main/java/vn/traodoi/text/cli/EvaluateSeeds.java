package vn.traodoi.text.cli;

import vn.traodoi.text.extract.Evaluation;

/**
 * Prints precision, recall and F1 per field group on the seed articles:
 * {@code ./mvnw -q -pl text compile exec:java -Dexec.mainClass=vn.traodoi.text.cli.EvaluateSeeds} or
 * {@code java -cp text/target/classes vn.traodoi.text.cli.EvaluateSeeds}.
 */
public final class EvaluateSeeds {

    private EvaluateSeeds() {
    }

    public static void main(String[] args) {
        System.out.print(Evaluation.table(Evaluation.evaluate()));
    }
}
