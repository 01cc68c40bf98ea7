package vn.traodoi.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.springframework.stereotype.Component;
import vn.traodoi.text.VietnameseText;

/**
 * The one rule for every password that is set (OWASP ASVS 4.0 §2.1): 12 to 128 characters counted as Unicode
 * code points, any letters (Vietnamese ones included) and spaces, no composition rule; refused when it is one
 * of the 100,000 most common breached passwords, when it contains the user name (ignoring case, diacritics
 * and punctuation), or when nbvcxz estimates it guessable (below 35 bits: repeats such as
 * {@code aaaaaaaaaaaa}, sequences such as {@code 123456789012}, keyboard walks, a few common words glued
 * together). The dictionaries ship inside the nbvcxz jar; nothing is fetched.
 *
 * <pre>
 * policy.problem("nguyen.van.a", "Nguyễn Văn A 2026")            → user.password.containsUsername
 * policy.problem("nguyen.van.a", "Trăm năm trong cõi người ta")  → empty
 * </pre>
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final double MIN_ENTROPY_BITS = ConfigurationBuilder.getDefaultMinimumEntropy();

    private final Nbvcxz estimator = new Nbvcxz(new ConfigurationBuilder()
            .setMinimumEntropy(MIN_ENTROPY_BITS).setMaxLength(MAX_LENGTH).createConfiguration());
    private final Map<String, Integer> breached = ConfigurationBuilder.getDefaultDictionaries().stream()
            .filter(d -> "passwords".equals(d.getDictionaryName())).findFirst().map(Dictionary::getDictonary)
            .orElseThrow(() -> new IllegalStateException("nbvcxz ships no list of breached passwords"));

    /** The message code of the first rule the password breaks, if any; the password as the user typed it. */
    Optional<String> problem(String username, String password) {
        String nfc = Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = nfc.codePointCount(0, nfc.length());
        if (length < MIN_LENGTH) {
            return Optional.of("user.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("user.password.tooLong");
        }
        if (nfc.isBlank()) {
            return Optional.of("user.password.blank");
        }
        String name = VietnameseText.matchKey(username);
        if (!name.isEmpty() && VietnameseText.matchKey(nfc).contains(name)) {
            return Optional.of("user.password.containsUsername");
        }
        String lower = nfc.toLowerCase(Locale.ROOT);
        if (breached.containsKey(nfc) || breached.containsKey(lower) || breached.containsKey(lower.strip())) {
            return Optional.of("user.password.common");
        }
        if (!estimator.estimate(nfc).isMinimumEntropyMet()) {
            return Optional.of("user.password.weak");
        }
        return Optional.empty();
    }
}
