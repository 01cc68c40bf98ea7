package vn.traodoi.account;

import java.io.Serializable;
import java.time.Clock;

/**
 * Why an attempt to sign in or to confirm the current password was refused, and how long to wait:
 * {@code messageCode} is {@code login.throttled} or {@code login.locked}, {@code waitCode} says seconds or
 * minutes. Kept in the session between the refused sign-in and the sign-in page that says it.
 */
public record SignInRefusal(String messageCode, String waitCode, long amount) implements Serializable {

    static SignInRefusal of(LoginThrottle.Verdict verdict, Clock clock) {
        long seconds = verdict.secondsLeft(clock);
        boolean minutes = seconds >= 120;
        return new SignInRefusal(verdict.locked() ? "login.locked" : "login.throttled",
                minutes ? "login.retry.minutes" : "login.retry.seconds", minutes ? (seconds + 59) / 60 : seconds);
    }
}
