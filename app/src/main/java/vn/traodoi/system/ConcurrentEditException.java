package vn.traodoi.system;

/** Someone saved the record after the caller loaded it: the caller's change is refused (409), not merged. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
