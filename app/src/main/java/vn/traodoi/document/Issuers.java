package vn.traodoi.document;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.traodoi.place.Organization;
import vn.traodoi.place.OrganizationService;
import vn.traodoi.place.PlaceLookup;

/**
 * Who issues a document, as its heading names it (Decree 30/2020, Appendix I, 1.3 and 1.5): the parent body when the
 * issuer has one ("Ủy ban nhân dân Thành phố Hồ Chí Minh"), the issuer without the place its parent already names
 * ("Sở Nội vụ"), and the place of the date line, from the issuer's unit as it is named on the day of issue.
 */
@Service
public class Issuers {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern PLACE = Pattern.compile(
            "\\s+((?:thành phố|tỉnh|quận|huyện|thị xã|phường|xã|đặc khu)\\s.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final OrganizationService organizations;
    private final PlaceLookup places;

    Issuers(OrganizationService organizations, PlaceLookup places) {
        this.organizations = organizations;
        this.places = places;
    }

    /** The heading's bodies and place for this organization. */
    public record Issuer(long organizationId, @Nullable String parentBody, String body, @Nullable String place) {
    }

    public Issuer of(long organizationId, LocalDate date) {
        Organization issuer = organizations.get(organizationId);
        Organization parent = issuer.parentId() == null ? null : organizations.find(issuer.parentId()).orElse(null);
        String body = issuer.name();
        if (parent != null) {
            body = withoutParentsPlace(body, parent.name());
        }
        Long unitId = issuer.unitId() != null ? issuer.unitId() : parent == null ? null : parent.unitId();
        String place = unitId == null ? null : places.unitAt(unitId, date).or(() -> places.findUnit(unitId))
                .map(u -> OfficialDates.place(u.fullNameAt(date))).orElse(null);
        return new Issuer(organizationId, parent == null ? null : parent.name(), body, place);
    }

    /** "Sở Nội vụ Thành phố Hồ Chí Minh" under "Ủy ban nhân dân Thành phố Hồ Chí Minh" is written "Sở Nội vụ". */
    static String withoutParentsPlace(String body, String parent) {
        Matcher p = PLACE.matcher(parent);
        if (!p.find()) {
            return body;
        }
        String place = p.group(1).toLowerCase(VI);
        String lower = body.toLowerCase(VI);
        if (lower.endsWith(" " + place) && lower.length() > place.length() + 1) {
            return body.substring(0, body.length() - place.length()).strip();
        }
        return body;
    }
}
