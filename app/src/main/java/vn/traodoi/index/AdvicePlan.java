package vn.traodoi.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationForm;
import vn.traodoi.delegation.DelegationKind;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.delegation.StopForm;
import vn.traodoi.place.AdministrativeUnit;
import vn.traodoi.place.PlaceLookup;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;

/**
 * One click from the advice to a plan: a draft study delegation of the user's organization with the topic and one
 * stop per chosen place (the place as it is on the planned date; hosts and days are left for the organizer).
 */
@Service
class AdvicePlan {

    private final DelegationService delegations;
    private final Indices indices;
    private final PlaceLookup places;

    AdvicePlan(DelegationService delegations, Indices indices, PlaceLookup places) {
        this.delegations = delegations;
        this.indices = indices;
        this.places = places;
    }

    @Transactional
    public long start(CurrentUser user, long topicId, LocalDate tripDate, List<Long> unitIds, String evidence) {
        Topic topic = indices.topic(topicId);
        List<AdministrativeUnit> stops = new ArrayList<>();
        // An empty choice in the form ("units=") arrives as a null element: it chooses nothing.
        for (long id : unitIds.stream().filter(Objects::nonNull).distinct().toList()) {
            AdministrativeUnit unit = places.findUnit(id).orElseThrow(() -> new InvalidInputException("units", "advice.plan.unknownUnit"));
            AdministrativeUnit atTrip = places.unitAt(id, tripDate).orElse(unit);
            if (stops.stream().noneMatch(s -> s.id() == atTrip.id())) {
                stops.add(atTrip);
            }
        }
        if (stops.isEmpty()) {
            throw new InvalidInputException("units", "advice.plan.none");
        }
        String where = stops.stream().map(s -> s.fullNameAt(tripDate)).collect(Collectors.joining(", "));
        String purpose = "Nghiên cứu, học tập kinh nghiệm về " + topic.name().toLowerCase(Locale.forLanguageTag("vi"))
                + " tại " + where + ". Chọn theo gợi ý điểm đến (dự kiến khoảng "
                + Days.format(tripDate) + "): " + evidence;
        String title = "Đoàn nghiên cứu, học tập kinh nghiệm về " + topic.name().toLowerCase(Locale.forLanguageTag("vi"))
                + " tại " + where;
        Delegation d = delegations.create(user, new DelegationForm(DelegationKind.STUDY,
                title.length() > 500 ? title.substring(0, 499) + "…" : title,
                purpose.length() > 5000 ? purpose.substring(0, 4999) + "…" : purpose,
                null, null, false, null, 0));
        d = delegations.addTopic(user, d.id(), topic.name(), d.version());
        for (AdministrativeUnit stop : stops) {
            d = delegations.addStop(user, d.id(), new StopForm(null, stop.id(), null, null, d.version()));
        }
        return d.id();
    }
}
