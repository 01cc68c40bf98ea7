package vn.traodoi.index;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;
import vn.traodoi.audit.AuditLog;
import vn.traodoi.system.InvalidInputException;
import vn.traodoi.system.NotFoundException;
import vn.traodoi.text.VietnameseText;

/**
 * The index figures as pages and the API read them: the indices and their editions, one edition's table, a unit's
 * history (for a unit formed by merging, each former unit's figures side by side), the groups of an index, and the
 * editable mapping of topics to indices. Published reference data: every signed-in user reads it.
 */
@Service
class Indices {

    /** An edition: its figures count and, when a source gives it, the day it was published. */
    public record Edition(String indexCode, int year, long figures, @Nullable LocalDate publishedOn, @Nullable String source) {

        /** The day from which the edition counts as published: the stated day, else 31/12 of the next year. */
        public LocalDate availableFrom() {
            return publishedOn != null ? publishedOn : LocalDate.of(year + 1, 12, 31);
        }
    }

    /** A unit's figures: for a unit formed by merging, one line per former unit. */
    public record History(long unitId, String unitName, List<IndexFigure> figures) {
    }

    static final String FIGURES = """
            SELECT s.*, u.gso_code, coalesce(u.former_full_name_vi, u.full_name_vi) AS unit_name
            FROM index_scores s JOIN administrative_units u ON u.id = s.unit_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Indices(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<GovernanceIndex> indices() {
        return jdbc.sql("SELECT * FROM governance_indices ORDER BY position")
                .query((rs, n) -> new GovernanceIndex(rs.getString("code"), rs.getString("short_name"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getString("publisher"), rs.getBigDecimal("score_min"),
                        rs.getBigDecimal("score_max"), rs.getString("score_unit")))
                .list();
    }

    public GovernanceIndex index(String code) {
        return indices().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("index", code));
    }

    /** Every edition that has figures or a known publication day, newest first per index. */
    public List<Edition> editions() {
        return jdbc.sql("""
                        SELECT coalesce(s.index_code, e.index_code) AS index_code, coalesce(s.year, e.year) AS year,
                               coalesce(s.figures, 0) AS figures, e.published_on, e.source
                        FROM (SELECT index_code, year, count(*) AS figures FROM index_scores GROUP BY 1, 2) s
                        FULL JOIN index_editions e ON e.index_code = s.index_code AND e.year = s.year
                        ORDER BY 1, 2 DESC""")
                .query((rs, n) -> new Edition(rs.getString("index_code"), rs.getInt("year"), rs.getLong("figures"),
                        rs.getObject("published_on", LocalDate.class), rs.getString("source")))
                .list();
    }

    public Optional<Edition> edition(String code, int year) {
        return editions().stream().filter(e -> e.indexCode().equals(code) && e.year() == year).findFirst();
    }

    /** One edition's figures: ranked units by rank, then the others by score, then those not ranked. */
    public List<IndexFigure> table(String code, int year) {
        index(code);
        return jdbc.sql(FIGURES + """
                         WHERE s.index_code = ? AND s.year = ?
                         ORDER BY s.rank_basis = 'not_ranked', s.rank NULLS LAST, s.score DESC NULLS LAST, u.gso_code""")
                .params(code, year).query((rs, n) -> figure(rs)).list();
    }

    /**
     * The figures of a unit, or of each unit merged into it: a figure stays on the unit of its year, and the units
     * are shown side by side, never averaged.
     */
    public List<History> history(long unitId) {
        List<Map.Entry<Long, String>> units = jdbc.sql("""
                        SELECT id, coalesce(former_full_name_vi, full_name_vi) AS name FROM administrative_units
                        WHERE id = ? OR successor_id = ? ORDER BY id = ? DESC, gso_code""")
                .params(unitId, unitId, unitId)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name"))).list();
        if (units.isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        List<History> all = units.stream().map(u -> new History(u.getKey(), u.getValue(), jdbc.sql(FIGURES + """
                         JOIN governance_indices i ON i.code = s.index_code
                         WHERE s.unit_id = ? ORDER BY i.position, s.year""").param(u.getKey()).query((rs, n) -> figure(rs)).list()))
                .toList();
        List<History> withFigures = all.stream().filter(h -> !h.figures().isEmpty()).toList();
        return withFigures.isEmpty() ? all.subList(0, 1) : withFigures;
    }

    public List<IndexGroup> groups(String code) {
        return jdbc.sql("SELECT * FROM index_groups WHERE index_code = ? ORDER BY position").param(code)
                .query((rs, n) -> new IndexGroup(rs.getString("index_code"), rs.getInt("position"), rs.getString("label"),
                        Arrays.asList((String[]) rs.getArray("aliases").getArray()), rs.getBigDecimal("min_score"),
                        rs.getString("label_en")))
                .list();
    }

    public List<Topic> topics() {
        return jdbc.sql("SELECT * FROM index_topics ORDER BY position, id")
                .query((rs, n) -> new Topic(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
                        rs.getString("keywords"), Arrays.asList((String[]) rs.getArray("indices").getArray()),
                        rs.getString("name_en")))
                .list();
    }

    public Topic topic(long id) {
        return topics().stream().filter(t -> t.id() == id).findFirst().orElseThrow(() -> new NotFoundException("topic", id));
    }

    /** Changes which indices measure a topic (administrators only). */
    @Transactional
    public Topic updateTopic(CurrentUser user, long id, @Nullable String keywords, @Nullable List<String> indexCodes) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators edit the topics");
        }
        Topic before = topic(id);
        List<String> codes = indexCodes == null ? List.of() : indexCodes.stream().distinct().toList();
        if (codes.isEmpty() || codes.stream().anyMatch(c -> indices().stream().noneMatch(i -> i.code().equals(c)))) {
            throw new InvalidInputException("indices", "index.topic.indices");
        }
        jdbc.sql("UPDATE index_topics SET keywords = ?, indices = ? WHERE id = ?")
                .params(keywords == null ? "" : VietnameseText.normalize(keywords), codes.toArray(String[]::new), id)
                .update();
        Topic after = topic(id);
        audit.record("INDEX_TOPIC_UPDATED", "index_topic", id, after.name(), before, after);
        return after;
    }

    /** The topic whose name or keywords the text names ("cải cách hành chính", "CCHC", "chuyen doi so"). */
    public Optional<Topic> topicFor(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(text);
        Map<Topic, Integer> hits = new LinkedHashMap<>();
        for (Topic t : topics()) {
            int score = folded.contains(VietnameseText.fold(t.name())) ? 10 : 0;
            for (String keyword : t.keywords().split("\\s*;\\s*")) {
                if (!keyword.isBlank() && folded.contains(VietnameseText.fold(keyword))) {
                    score++;
                }
            }
            if (score > 0) {
                hits.put(t, score);
            }
        }
        return hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    static IndexFigure figure(ResultSet rs) throws SQLException {
        BigDecimal score = rs.getBigDecimal("score");
        return new IndexFigure(rs.getString("index_code"), rs.getInt("year"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("gso_code"), score == null ? null : score.stripTrailingZeros(),
                rs.getString("score_unit"), (Integer) rs.getObject("rank"), (Integer) rs.getObject("rank_out_of"),
                IndexFigure.RankBasis.parse(rs.getString("rank_basis")), rs.getString("group_label"),
                Arrays.asList((String[]) rs.getArray("source_urls").getArray()), rs.getString("note"),
                rs.getString("confidence"), rs.getString("discrepancy"), new IndexFigure.Texts(rs.getString("note_vi"),
                        rs.getString("note_en"), rs.getString("discrepancy_vi"), rs.getString("discrepancy_en"),
                        rs.getString("group_label_vi"), rs.getString("group_label_en")));
    }
}
