package vn.traodoi.system;

/**
 * A record that does not exist, or that the caller's organization may not see: both answer 404, so
 * that a foreign organization cannot learn that a record exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
