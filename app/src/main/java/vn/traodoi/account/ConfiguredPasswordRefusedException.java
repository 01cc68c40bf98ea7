package vn.traodoi.account;

/** A password given in the environment breaks the password policy; traodoi does not start with it. */
final class ConfiguredPasswordRefusedException extends RuntimeException {

    private final String variable;
    private final String reasonVi;
    private final String reasonEn;

    ConfiguredPasswordRefusedException(String variable, String reasonVi, String reasonEn) {
        super(variable + " is refused: " + reasonEn);
        this.variable = variable;
        this.reasonVi = reasonVi;
        this.reasonEn = reasonEn;
    }

    String variable() {
        return variable;
    }

    String reasonVi() {
        return reasonVi;
    }

    String reasonEn() {
        return reasonEn;
    }
}
