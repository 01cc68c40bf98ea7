package vn.traodoi.news;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.delegation.DelegationService;
import vn.traodoi.delegation.DelegationView;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.delegation.PartOfDay;
import vn.traodoi.delegation.SessionKind;
import vn.traodoi.people.Person;
import vn.traodoi.system.Days;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.system.Upload;
import vn.traodoi.task.FollowUpTask;
import vn.traodoi.task.TaskService;
import vn.traodoi.text.VietnameseText;
import vn.traodoi.workshop.Participant;
import vn.traodoi.workshop.Workshop;
import vn.traodoi.workshop.WorkshopConclusions;
import vn.traodoi.workshop.Workshops;

/**
 * Drafts an article in the style of the portals the seeds come from, only from the record's facts: for a delegation
 * (or one stop of it) the basis document, the delegation and its head and members, the days and places, each
 * session's chair, numbered topics and attendees, the photos with their captions; for a workshop its day, chair,
 * participants, conclusions and tasks. A host writes "… tiếp Đoàn …", the sending side "… làm việc tại …". What the
 * record does not hold is not written.
 */
@Service
class ArticleDrafts {

    private static final DateTimeFormatter DAY = Days.SHOWN;
    /** Words that make a topic phrase generic ("Ủy ban nhân dân thành phố…"): shingles made only of them are no topic. */
    private static final Set<String> GENERIC = Set.of("uy", "ban", "nhan", "dan", "thanh", "pho", "tinh", "so", "doan",
            "cua", "va", "tai", "ve", "cac", "voi", "lam", "viec", "tiep", "hoi", "dong", "nam", "ngay", "nhung", "cho");

    private final DelegationService delegations;
    private final WorkshopConclusions conclusions;
    private final Workshops workshops;
    private final TaskService tasks;
    private final NewsService news;
    private final NewsPhotos articlePhotos;
    private final NewsSites sites;
    private final MessageSource messages;
    private final Clock clock;

    ArticleDrafts(DelegationService delegations, Workshops workshops, TaskService tasks, NewsService news,
            NewsPhotos articlePhotos, NewsSites sites, MessageSource messages, Clock clock, WorkshopConclusions conclusions) {
        this.conclusions = conclusions;
        this.delegations = delegations;
        this.workshops = workshops;
        this.tasks = tasks;
        this.news = news;
        this.articlePhotos = articlePhotos;
        this.sites = sites;
        this.messages = messages;
        this.clock = clock;
    }

    /** A draft about a delegation, or about one of its stops ({@code stopId}). */
    @Transactional
    public long fromDelegation(CurrentUser user, long delegationId, @Nullable Long stopId) {
        DelegationView view = delegations.view(user, delegationId);
        Delegation d = view.delegation();
        List<Delegation.Stop> hostedByUs = d.stops().stream().filter(s -> s.hostOrganizationId() != null
                && s.hostOrganizationId() == user.orgId()).toList();
        // A host writes about its own part of the visit; the sending side about the whole of it.
        List<Delegation.Stop> stops = stopId != null ? List.of(d.stop(stopId))
                : d.organizerId() != user.orgId() && !hostedByUs.isEmpty() ? hostedByUs : d.stops();
        if (stopId != null && stops.isEmpty()) {
            throw new NotFoundException("stop of delegation " + delegationId, stopId); // another delegation's stop
        }
        if (stops.isEmpty()) {
            throw new InvalidInputException("stop", "news.draft.stop");
        }
        Delegation.Stop hosted = stops.stream().filter(s -> s.hostOrganizationId() != null
                && s.hostOrganizationId() == user.orgId()).findFirst().orElse(null);
        String place = stops.stream().map(s -> view.units().get(s.unitId()))
                .filter(Objects::nonNull).map(u -> u.fullNameAt(stops.getFirst().startDate() == null
                        ? LocalDate.now(clock) : stops.getFirst().startDate())).distinct().collect(Collectors.joining(", "));
        String title = hosted != null ? view.organizationName(hosted.hostOrganizationId()) + " tiếp " + d.title()
                : d.title() + " làm việc tại " + place;

        List<String> paragraphs = new ArrayList<>();
        StringBuilder lead = new StringBuilder();
        for (Delegation.Document doc : d.legalBases()) {
            if (doc.numberSymbol() == null) {
                continue;
            }
            String issuer = doc.issuerId() != null ? view.organizationName(doc.issuerId()) : doc.issuerText();
            lead.append(doc.issuedOn() == null ? "" : "Ngày " + DAY.format(doc.issuedOn()) + ", ")
                    .append(issuer == null ? "" : issuer + " ")
                    .append(doc.issuedOn() == null && issuer == null ? "Căn cứ " : "có ")
                    .append(label("document.type." + doc.type().name())).append(" số ").append(doc.numberSymbol())
                    .append(doc.summary() == null ? "" : " " + doc.summary()).append(". ");
            break;
        }
        LocalDate from = stops.stream().map(Delegation.Stop::startDate).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
        LocalDate to = stops.stream().map(Delegation.Stop::endDate).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
        lead.append(lead.isEmpty() ? "" : "Theo đó, ").append(d.title()).append(" làm việc tại ").append(place)
                .append(from == null ? "" : to == null || to.equals(from) ? " ngày " + DAY.format(from)
                        : " từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to)).append('.');

        List<String> members = new ArrayList<>();
        String head = null;
        for (Delegation.Member m : d.members()) {
            Person p = view.person(m.personId());
            String who = p != null ? p.fullName() + (m.titleText() == null ? "" : ", " + m.titleText())
                    : m.groupDescription();
            if (who == null) {
                continue;
            }
            if (m.role() == MemberRole.HEAD && head == null) {
                head = who;
            } else {
                members.add(lowerFirst(who));
            }
        }
        if (head != null || !members.isEmpty()) {
            paragraphs.add((head == null ? "" : "Đoàn do đồng chí " + head + " làm Trưởng đoàn")
                    + (members.isEmpty() ? "" : (head == null ? "Thành viên Đoàn gồm " : "; thành viên Đoàn gồm ")
                    + String.join("; ", members)) + ".");
        }
        List<Delegation.Session> sessions = stops.stream().flatMap(s -> s.sessions().stream()).toList();
        List<String[]> photos = new ArrayList<>();
        for (Delegation.Session s : sessions) {
            StringBuilder p = new StringBuilder();
            String when = s.date() == null ? "" : (s.partOfDay() == null ? "Ngày " : partOfDay(s.partOfDay()) + " ngày ")
                    + DAY.format(s.date()) + ", ";
            String where = s.visitedOrganizationId() != null ? view.organizationName(s.visitedOrganizationId()) : s.placeText();
            p.append(when).append(when.isEmpty() ? "Đoàn " : "Đoàn ").append(s.kind() == SessionKind.FIELD_VISIT
                    ? "khảo sát thực tế" + (where == null ? "" : " tại " + where)
                    : s.kind() == SessionKind.WORKSHOP ? "dự hội thảo" + (where == null ? "" : " với " + where)
                    : "làm việc" + (where == null ? "" : " với " + where)).append('.');
            String chair = s.chairPersonId() != null ? view.person(s.chairPersonId()).fullName()
                    + (s.chairTitle() == null ? "" : ", " + s.chairTitle()) : s.chairTitle();
            if (chair != null || !s.topics().isEmpty()) {
                p.append(' ').append(chair == null ? "Buổi làm việc" : VietnameseText.capitalize(chair) + " chủ trì buổi làm việc");
                if (!s.topics().isEmpty()) {
                    p.append(" về ").append(String.format("%02d", s.topics().size())).append(" nội dung chính: ");
                    for (int i = 0; i < s.topics().size(); i++) {
                        p.append(i == 0 ? "" : i == s.topics().size() - 1 ? " và " : "; ").append('(').append(i + 1)
                                .append(") ").append(lowerFirst(s.topics().get(i)));
                    }
                }
                p.append('.');
            }
            List<String> attendees = new ArrayList<>();
            for (Delegation.Attendee a : s.attendees()) {
                Person person = view.person(a.personId());
                String name = person != null ? person.fullName() + (a.titleText() == null ? "" : ", " + a.titleText())
                        : view.organizationName(a.organizationId());
                if (name != null) {
                    attendees.add(name);
                }
            }
            if (!attendees.isEmpty()) {
                p.append(" Cùng tham gia buổi làm việc có ").append(String.join("; ", attendees)).append('.');
            }
            paragraphs.add(p.toString());
            for (Delegation.Photo photo : s.photos()) {
                photos.add(new String[] {String.valueOf(photo.id()), photo.caption()});
            }
        }
        List<FollowUpTask> given = tasks.mine(user, "ALL", d.id());
        if (!given.isEmpty()) {
            paragraphs.add("Sau chuyến công tác, các nhiệm vụ được giao: " + given.stream().map(FollowUpTask::task)
                    .collect(Collectors.joining("; ")) + ".");
        }
        String body = paragraphs.stream().map(p -> "<p>" + Html.escape(p) + "</p>").collect(Collectors.joining("\n"));
        List<String[]> tags = new ArrayList<>();
        stops.forEach(s -> tags.add(new String[] {"UNIT", String.valueOf(s.unitId())}));
        List<String> topicTexts = new ArrayList<>(d.topics().stream().map(Delegation.Topic::content).toList());
        sessions.forEach(s -> topicTexts.addAll(s.topics()));
        if (topicTexts.isEmpty()) {
            topicTexts.add(d.purpose() == null ? d.title() : d.purpose());
        }
        topicShingles(topicTexts).forEach(t -> tags.add(new String[] {"TOPIC", t}));
        long id = news.create(user, title, lead.toString(), body, defaultCategory(user), user.fullName(),
                sites.site(user.orgId()).title(), d.id(), stopId, null, tags);
        for (String[] p : photos) {
            DelegationService.PhotoFile file = delegations.photo(user, d.id(), Long.parseLong(p[0]));
            try {
                articlePhotos.storeSessionPhoto(id, new Upload(null, file.contentType(), Files.readAllBytes(file.path())), p[1]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return id;
    }

    /** A draft about a workshop the user's organization holds or takes part in. */
    @Transactional
    public long fromWorkshop(CurrentUser user, long workshopId) {
        Workshop w = workshops.get(user, workshopId);
        StringBuilder lead = new StringBuilder();
        if (w.heldOn() != null) {
            lead.append(w.partOfDay() == null ? "Ngày " : partOfDay(w.partOfDay()) + " ngày ").append(DAY.format(w.heldOn()))
                    .append(", ");
        }
        lead.append(w.ownerName()).append(" tổ chức ").append(w.title())
                .append(w.place() == null ? "" : " tại " + w.place()).append('.');
        List<String> paragraphs = new ArrayList<>();
        if (w.chair() != null) {
            paragraphs.add("Đồng chí " + w.chair() + " chủ trì hội thảo.");
        }
        List<String> present = workshops.participants(workshopId).stream()
                .filter(p -> w.chair() == null || p.name() == null || !w.chair().startsWith(p.name()))
                .map(Participant::label).toList();
        if (!present.isEmpty()) {
            paragraphs.add("Dự hội thảo có " + lowerFirst(String.join("; ", present)) + ".");
        }
        if (w.conclusions() != null) {
            w.conclusions().lines().filter(l -> !l.isBlank()).forEach(paragraphs::add);
        }
        List<FollowUpTask> given = conclusions.tasks(user, workshopId);
        if (!given.isEmpty() && w.conclusions() == null) {
            paragraphs.add("Các nhiệm vụ được giao: " + given.stream().map(FollowUpTask::task).collect(Collectors.joining("; ")) + ".");
        }
        String body = paragraphs.stream().map(p -> "<p>" + Html.escape(p) + "</p>").collect(Collectors.joining("\n"));
        List<String[]> tags = new ArrayList<>();
        topicShingles(List.of(w.projectTitle())).forEach(t -> tags.add(new String[] {"TOPIC", t}));
        return news.create(user, w.title(), lead.toString(), body, defaultCategory(user), user.fullName(),
                sites.site(user.orgId()).title(), null, null, workshopId, tags);
    }

    private @Nullable Long defaultCategory(CurrentUser user) {
        sites.site(user.orgId());
        return sites.categories(user.orgId()).stream().findFirst().map(NewsSites.Category::id).orElse(null);
    }

    /** Three-word phrases of the topics, folded, that say what it is about ("chinh quyen do", "quyen do thi"). */
    static Set<String> topicShingles(List<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            String[] words = VietnameseText.fold(text).replaceAll("[^a-z0-9 ]+", " ").strip().split("\\s+");
            for (int i = 0; i + 2 < words.length; i++) {
                List<String> three = List.of(words[i], words[i + 1], words[i + 2]);
                if (!GENERIC.containsAll(three)) {
                    out.add(String.join(" ", three));
                }
            }
        }
        return out;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.forLanguageTag("vi"));
    }

    private static String partOfDay(PartOfDay part) {
        return switch (part) {
            case MORNING -> "Sáng";
            case AFTERNOON -> "Chiều";
            case EVENING -> "Tối";
        };
    }

    static String lowerFirst(String s) {
        if (s.length() < 2 || Character.isUpperCase(s.charAt(1)) || s.startsWith("Ủy ban") || s.startsWith("Sở")
                || s.startsWith("Ban ") || s.startsWith("Bộ ") || s.startsWith("Văn phòng") || s.startsWith("Hội đồng")
                || s.startsWith("Tổ ") || s.startsWith("Thành phố") || s.startsWith("Tỉnh")) {
            return s;
        }
        boolean name = s.split(",")[0].strip().split("\\s+").length <= 4 && s.split(",")[0].chars()
                .filter(Character::isUpperCase).count() >= 2;
        return name ? s : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }
}
