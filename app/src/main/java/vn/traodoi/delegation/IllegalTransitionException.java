package vn.traodoi.delegation;

import vn.traodoi.system.StateConflictException;

/** A lifecycle step that the delegation's status does not allow now: 409 with the reason. */
class IllegalTransitionException extends StateConflictException {

    IllegalTransitionException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }
}
