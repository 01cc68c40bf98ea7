package vn.traodoi.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.delegation.DelegationQueries;
import vn.traodoi.delegation.DelegationStatus;
import vn.traodoi.text.VietnameseText;

/**
 * Delegations on record that look like the visit an article is about, among those the user's organization may see
 * (the delegation feature's rule): the same organizer or a shared host, dates that overlap or lie within
 * {@value #DAYS} days, and a similar title (Jaccard similarity of the titles' folded words).
 *
 * <pre>
 * "Đà Nẵng trao đổi kinh nghiệm với Thành phố Hồ Chí Minh và tỉnh Bình Dương", 10–11/10/2024, organizer UBND Đà Nẵng
 *   ~ "Đoàn công tác UBND thành phố Đà Nẵng trao đổi kinh nghiệm với Thành phố Hồ Chí Minh …", 10–11/10/2024
 * </pre>
 */
@Component
class Lookalikes {

    /** Dates this far apart still count as the same visit (an article published days later, a day misread). */
    static final int DAYS = 3;
    private static final double SIMILAR_TITLE = 0.3;
    private static final double SAME_TITLE = 0.5;
    private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");
    /** Words every delegation's title has; they say nothing about which visit it is. */
    private static final Set<String> COMMON = Set.of("doan", "cong", "tac", "cua", "va", "ve", "tai", "voi", "cac",
            "lam", "viec", "tiep", "thanh", "pho", "tinh", "ubnd", "uy", "ban", "nhan", "dan", "tp");

    /** A delegation that may be the same visit, and why it looks so. */
    record Candidate(long id, String title, String organizerName, @Nullable String hosts, @Nullable LocalDate startDate,
            @Nullable LocalDate endDate, boolean monthOnly, DelegationStatus status, boolean sameOrganizer,
            boolean sharedHost, boolean datesClose, int titleSimilarity) {
    }

    private final DelegationQueries queries;

    Lookalikes(DelegationQueries queries) {
        this.queries = queries;
    }

    List<Candidate> of(CurrentUser user, Draft draft) {
        LocalDate start = draft.startDate() != null ? draft.startDate() : draft.endDate();
        LocalDate end = draft.endDate() != null ? draft.endDate() : start;
        Set<Long> hosts = new HashSet<>();
        draft.stops().forEach(s -> {
            if (s.hostOrganizationId() != null) {
                hosts.add(s.hostOrganizationId());
            }
        });
        if (draft.organizerId() != null && draft.organizerId() != user.orgId()) {
            hosts.add(user.orgId());
        }
        List<DelegationQueries.Nearby> near = start == null ? queries.near(user, null, null)
                : queries.near(user, start.minusDays(DAYS), Objects.requireNonNull(end).plusDays(DAYS));
        Set<String> title = words(draft.title());
        return near.stream().map(n -> {
            boolean sameOrganizer = draft.organizerId() != null && n.organizerId() == draft.organizerId();
            boolean sharedHost = n.hostOrganizationIds().stream().anyMatch(hosts::contains);
            boolean datesClose = start != null; // the query kept only those within the days around
            double similarity = jaccard(title, words(n.title()));
            boolean party = sameOrganizer || sharedHost;
            boolean alike = datesClose ? party || similarity >= SIMILAR_TITLE : party && similarity >= SAME_TITLE;
            return alike ? new Candidate(n.id(), n.title(), n.organizerName(), n.hosts(), n.startDate(), n.endDate(),
                    n.monthOnly(), n.status(), sameOrganizer, sharedHost, datesClose, (int) Math.round(similarity * 100))
                    : null;
        }).filter(Objects::nonNull).sorted(Comparator.comparingInt(Lookalikes::score).reversed()).limit(5).toList();
    }

    private static int score(Candidate c) {
        return (c.sameOrganizer() ? 100 : 0) + (c.sharedHost() ? 100 : 0) + (c.datesClose() ? 100 : 0) + c.titleSimilarity();
    }

    /** The title's words, folded, without those every title has. */
    static Set<String> words(@Nullable String title) {
        Set<String> words = new HashSet<>();
        if (title != null) {
            for (String w : WORDS.split(VietnameseText.fold(title))) {
                if (w.length() > 1 && !COMMON.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return (double) both.size() / either.size();
    }
}
