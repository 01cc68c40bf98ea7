package vn.traodoi.workshop;

/** An invitation link that expired or was revoked: 410 Gone, with the reason as a message code. */
class InvitationUnusableException extends RuntimeException {

    private final String messageCode;

    public InvitationUnusableException(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
