package vn.traodoi.system;

import java.util.List;

/**
 * A step the record's state does not allow now (approving a draft, editing a closed record): 409, with the
 * reason as a key of the message bundles and its arguments.
 */
public class StateConflictException extends RuntimeException {

    private final String messageCode;
    private final List<Object> arguments;

    public StateConflictException(String messageCode, Object... arguments) {
        super(messageCode + " " + List.of(arguments));
        this.messageCode = messageCode;
        this.arguments = List.of(arguments);
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
