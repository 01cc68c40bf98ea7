package vn.traodoi.system;

import java.util.List;

/**
 * Input that is well-formed but breaks a rule that only the service can check (a duplicate name, a
 * parent loop). Pages show each problem beside its field; the API answers 422 with the list.
 */
public class InvalidInputException extends RuntimeException {

    /**
     * A rule broken by one field; {@code messageCode} is a key of the message bundles, {@code arguments} fill its
     * placeholders ("Ảnh quá lớn: {0} megapixel, tối đa {1}.").
     */
    public record FieldProblem(String field, String messageCode, List<Object> arguments) {

        public FieldProblem {
            arguments = List.copyOf(arguments);
        }

        public FieldProblem(String field, String messageCode) {
            this(field, messageCode, List.of());
        }
    }

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String messageCode) {
        this(List.of(new FieldProblem(field, messageCode)));
    }

    public InvalidInputException(String field, String messageCode, Object... arguments) {
        this(List.of(new FieldProblem(field, messageCode, List.of(arguments))));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
