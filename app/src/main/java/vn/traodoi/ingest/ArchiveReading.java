package vn.traodoi.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.traodoi.delegation.MemberRole;
import vn.traodoi.place.Organization;
import vn.traodoi.system.Hashes;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.text.extract.ArticleExtractor;
import vn.traodoi.text.extract.EventKind;
import vn.traodoi.text.extract.ExtractedRecord;

/**
 * Reads one claimed entry of an archive as the single import reads an upload: its bytes as text (UTF-8 only, HTML
 * reduced to its text), the facts the text library finds, and the proposal (a delegation's draft or a workshop's),
 * with the summary the review queue lists. Holds no connection while it works but the directory's look-ups, one at a
 * time; a refused entry gets its reason, never an exception.
 */
@Component
class ArchiveReading {

    private static final Logger log = LoggerFactory.getLogger(ArchiveReading.class);
    /** A remembering directory serves one archive for this long at most, then is read again. */
    private static final long FRESH_NANOS = 60_000_000_000L;

    private final ArticleReader reader;
    private final Proposals proposals;
    private final WorkshopImport workshops;
    private final Directory directory;
    private final JsonMapper json;
    private final Clock clock;
    private volatile @Nullable Names names;

    /**
     * The directory as the reading of an archive sees it: remembered, so that thousands of articles are matched
     * without reading the same organizations and places again for each; made again for another archive, or after a
     * minute, so that an organization added before an upload is known to its reading.
     */
    private record Names(long archiveId, long madeAt, Directory directory, Proposals proposals) {
    }

    private Names names(long archiveId) {
        Names n = names;
        if (n == null || n.archiveId() != archiveId || System.nanoTime() - n.madeAt() > FRESH_NANOS) {
            Directory remembering = directory.remembering();
            n = new Names(archiveId, System.nanoTime(), remembering, proposals.over(remembering));
            names = n;
        }
        return n;
    }

    ArchiveReading(ArticleReader reader, Proposals proposals, WorkshopImport workshops, Directory directory,
            JsonMapper json, Clock clock) {
        this.reader = reader;
        this.proposals = proposals;
        this.workshops = workshops;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    ArchiveClaims.Outcome read(ArchiveClaims.Claimed entry) {
        try {
            byte[] bytes = entry.content();
            if (bytes == null) {
                return new ArchiveClaims.Outcome.Failed(entry.id(), "import.archive.entry.unreadable");
            }
            String text = ArticleExtractor.normalize(ArticleText.fromUpload(entry.entryName(), bytes));
            if (text.isBlank()) {
                return new ArchiveClaims.Outcome.Failed(entry.id(), "import.text.empty");
            }
            LocalDate today = LocalDate.now(clock);
            ExtractedRecord record = reader.read(text, today);
            int lessons = ArticleLessons.of(record).size();
            String hash = Hashes.sha256Hex(text);
            Names n = names(entry.archiveId());
            if (record.eventKind().value() == EventKind.WORKSHOP) {
                WorkshopImport.Proposal p = workshops.propose(n.directory(), entry.organizationId(), record, today);
                Archives.Summary summary = new Archives.Summary(ArchiveItem.WORKSHOP, p.heldOn(), p.heldOn(), false,
                        p.holderName() != null ? p.holderName() : p.holderWritten(), null, p.chair(), facts(record),
                        lessons);
                return new ArchiveClaims.Outcome.Read(entry.id(), text, hash, record.headline(), summary, null,
                        json.writeValueAsString(p));
            }
            Draft draft = n.proposals().propose(entry.organizationId(), record, today);
            return new ArchiveClaims.Outcome.Read(entry.id(), text, hash, record.headline(),
                    summary(n.directory(), draft, facts(record), lessons),
                    json.writeValueAsString(draft), null);
        } catch (InvalidInputException e) {
            return new ArchiveClaims.Outcome.Failed(entry.id(), e.problems().getFirst().messageCode());
        } catch (RuntimeException e) {
            // A bug of the reading must not stop the archive: the entry says it could not be read, the log says why.
            log.warn("Entry {} ({}) of archive {} could not be read", entry.id(), entry.entryName(), entry.archiveId(), e);
            return new ArchiveClaims.Outcome.Failed(entry.id(), "import.archive.entry.unreadable");
        }
    }

    private static Archives.Summary summary(Directory directory, Draft d, int facts, int lessons) {
        Map<Long, String> names = directory.all().stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
        Function<@Nullable Long, @Nullable String> name = id -> id == null ? null : names.get(id);
        String organizer = d.organizerId() != null && name.apply(d.organizerId()) != null ? name.apply(d.organizerId())
                : d.organizerWritten();
        Set<String> hosts = new LinkedHashSet<>();
        for (Draft.Stop s : d.stops()) {
            String host = name.apply(s.hostOrganizationId());
            host = host != null ? host : s.hostWritten() != null ? s.hostWritten() : s.unitName();
            if (host != null) {
                hosts.add(host);
            }
        }
        List<String> heads = new ArrayList<>();
        d.members().stream().filter(m -> m.role() == MemberRole.HEAD).forEach(m -> heads.add(m.line()));
        return new Archives.Summary(d.kind() == null ? null : d.kind().name(), d.startDate(), d.endDate(), d.monthOnly(),
                organizer, hosts.isEmpty() ? null : String.join("; ", hosts), heads.isEmpty() ? null : heads.getFirst(),
                facts, lessons);
    }

    /** The facts the import page highlights on the text. */
    static int facts(ExtractedRecord r) {
        return r.dates().size() + r.documents().size() + r.people().size() + r.organizations().size()
                + r.memberCounts().size() + r.sites().size() + r.topics().size() + r.tasks().size() + r.indices().size();
    }

    /** The draft as the reading stored it. */
    Draft draft(String stored) {
        return Objects.requireNonNull(json.readValue(stored, Draft.class));
    }

    WorkshopImport.Proposal workshop(String stored) {
        return Objects.requireNonNull(json.readValue(stored, WorkshopImport.Proposal.class));
    }
}
