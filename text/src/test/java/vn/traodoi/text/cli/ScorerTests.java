package vn.traodoi.text.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTests {

    @TempDir
    Path dir;

    private int runs;

    @Test
    void hostAndDelegationMatchByContainmentOnWordBoundariesOrByJaccard() throws IOException {
        Scorer.Result r = score(
                """
                {"delegation_from": "Sở Nội vụ tỉnh Quảng Nam", "host": "huyện Lộc Hà"}""",
                // Jaccard 5/6; contains the gold host
                """
                {"delegation_from": "Sở Nội vụ Quảng Nam", "host": "UBND huyện Lộc Hà, tỉnh Hà Tĩnh"}""",
                """
                {"delegation_from": "xã Tân An", "host": "thành phố Đà Nẵng"}""",
                // "xa tan an" is in "xa tan anh" but not on a word boundary, and Jaccard 2/4 < 0.6; contained
                """
                {"delegation_from": "xã Tân Anh", "host": "Đà Nẵng"}""");
        assertThat(nonZero(r)).isEqualTo(Map.of("delegation_from", List.of(1, 1, 1), "host", List.of(2, 0, 0)));
    }

    @Test
    void aConcreteYearWhereGoldHasXxxxIsWrongAndCountedAsInvented() throws IOException {
        Scorer.Result r = score(
                """
                {"event_dates": ["XXXX-03-15", "2023-04-02"]}""",
                """
                {"event_dates": ["2024-03-15", " xxxx-04-02 "]}""",
                """
                {"event_dates": ["XXXX-05-01"]}""",
                """
                {"event_dates": ["XXXX-05-01", "2020-06-01", ""]}""");
        assertThat(nonZero(r)).isEqualTo(Map.of("event_dates", List.of(1, 3, 2)));
        assertThat(r.inventedYears()).isEqualTo(1);
        assertThat(r.table()).contains("invented years (gold XXXX, predicted a concrete year): 1\n");
    }

    @Test
    void topicsAreMatchedOneToOneBestPairsFirst() throws IOException {
        // Jaccard: (0,0) 5/7, (1,2) 4/6, (0,1) 3/5 but gold 0 is taken, (3) matches nothing.
        Scorer.Result r = score(
                """
                {"topics": ["xây dựng nông thôn mới", "phát triển du lịch cộng đồng", "cải cách hành chính"]}""",
                """
                {"topics": ["xây dựng nông thôn mới kiểu mẫu", "nông thôn mới", "du lịch cộng đồng",
                            "chuyển đổi số"]}""");
        assertThat(nonZero(r)).isEqualTo(Map.of("topics", List.of(2, 2, 1)));
    }

    @Test
    void tiedPairsAreTakenInGoldThenPredictionOrderAsPythonsStableSort() throws IOException {
        // (0,0), (0,1) and (1,0) all score 2/3, (1,1) 1/4: (0,0) is taken first, so gold 1 stays unmatched.
        Scorer.Result r = score(
                """
                {"sites_visited": ["nông nghiệp", "nông thôn"]}""",
                """
                {"sites_visited": ["nông nghiệp, nông thôn", "nông nghiệp sạch"]}""");
        assertThat(nonZero(r)).isEqualTo(Map.of("sites_visited", List.of(1, 1, 1)));
    }

    @Test
    void titlesAreScoredForMatchedNamesAndOtherwiseOnlyAsserted() throws IOException {
        Scorer.Result r = score(PEOPLE_GOLD, PEOPLE_PRED);
        assertThat(nonZero(r)).isEqualTo(Map.of("people_names", List.of(3, 2, 0),
                "people_titles", List.of(1, 2, 1)));
        assertThat(r.overall()).isEqualTo(new Scorer.Counts(4, 4, 1));
        assertThat(r.supported()).isEqualTo(4);
        assertThat(r.asserted()).isEqualTo(9);
    }

    @Test
    void documentsMatchOnNormalisedNumbersAndANumberlessOneIsWrong() throws IOException {
        Scorer.Result r = score(
                """
                {"documents": [
                  {"type": "Quyết định", "number": "2792/2010/QĐ-UBND", "date": "2010-12-20"},
                  {"type": "Công văn", "number": "683/SNV-CCVC", "date": null},
                  {"type": "Kế hoạch", "number": "15/KH-UBND", "date": "2021-01-05"}]}""",
                """
                {"documents": [
                  {"type": "quyết định", "number": "2792 /2010/QĐ-UBND", "date": " 2010-12-20 "},
                  {"type": "Công văn", "number": "683/SNV–CCVC", "date": "2023-03-01"},
                  {"type": "Kế hoạch", "number": null, "date": "2021-01-05"},
                  {"type": "Thông báo", "number": "99/TB-UBND", "date": null}]}""");
        assertThat(nonZero(r)).isEqualTo(Map.of("documents", List.of(2, 2, 1), "documents_type", List.of(2, 0, 0),
                "documents_date", List.of(1, 1, 0)));
        assertThat(r.asserted()).isEqualTo(8 + 1);
        assertThat(Scorer.normDocnum("2792 /2010/QĐ-UBND")).isEqualTo(Scorer.normDocnum("2792/2010/QĐ-UBND"))
                .isEqualTo("2792/2010/QD-UBND");
    }

    @Test
    void singleValuedGroupsTasksAndIndices() throws IOException {
        Scorer.Result r = score(
                """
                {"kind": "incoming", "member_count": 12,
                 "head": {"name": "Trần Văn Bình", "title": "Phó Chủ tịch UBND tỉnh"},
                 "indices_mentioned": ["PAR Index", "SIPAS"],
                 "follow_up_tasks": [{"assignee": "Sở Nội vụ", "task": "tham mưu đề án vị trí việc làm",
                                      "deadline": "trước 30/6"}]}""",
                // 12.0 is no integer; the second task is blank; Jaccard of the tasks 7/11
                """
                {"kind": "Incoming", "member_count": 12.0, "head": {"name": "TRAN VAN BINH", "title": "Phó Chủ tịch"},
                 "indices_mentioned": ["par-index", "PCI"],
                 "follow_up_tasks": [{"assignee": "Sở Nội vụ", "task": "tham mưu đề án", "deadline": null},
                                     {"assignee": null, "task": "  "}]}""",
                """
                {"kind": "other", "member_count": 57}""",
                """
                {"kind": "workshop", "member_count": 57}""",
                """
                {"member_count": null}""",
                """
                {"member_count": true}""");
        assertThat(nonZero(r)).isEqualTo(Map.of("kind", List.of(1, 1, 1), "member_count", List.of(1, 0, 1),
                "head", List.of(1, 0, 0), "head_title", List.of(1, 0, 0), "indices_mentioned", List.of(1, 1, 1),
                "follow_up_tasks", List.of(1, 0, 0)));
    }

    @Test
    void aMissingPredictionIsEmptyAndListedAnUnreadableOneIsEmptyAndWarned() throws IOException {
        Scorer.Result r = score(
                """
                {"kind": "workshop", "topics": ["góp ý dự thảo Luật Đất đai"]}""",
                """
                {"kind": "workshop", "topics": ["góp ý dự thảo Luật Đất đai"]}""",
                """
                {"kind": "incoming", "host": "tỉnh Nghệ An"}""",
                null,
                """
                {"kind": "outgoing"}""",
                """
                {"kind": """);
        assertThat(nonZero(r)).isEqualTo(Map.of("kind", List.of(1, 0, 2), "host", List.of(0, 0, 1),
                "topics", List.of(1, 0, 0)));
        assertThat(r.missingPredictions()).containsExactly("T02");
        assertThat(r.warnings()).singleElement().asString().contains("T03.pred.json", "expected a value");
        assertThat(r.table()).endsWith("articles: 3; predictions missing: 1 (T02)\n");
    }

    @Test
    void printsTheTableOfScorePy() throws IOException {
        // As python3 score.py prints it for the same two files.
        assertThat(score(PEOPLE_GOLD, PEOPLE_PRED).table()).isEqualTo("""
                group                 TP    FP    FN       P       R      F1
                ------------------------------------------------------------
                kind                   0     0     0       -       -       -
                event_dates            0     0     0       -       -       -
                delegation_from        0     0     0       -       -       -
                host                   0     0     0       -       -       -
                head                   0     0     0       -       -       -
                head_title             0     0     0       -       -       -
                deputy_heads           0     0     0       -       -       -
                member_count           0     0     0       -       -       -
                people_names           3     2     0   0.600   1.000   0.750
                people_titles          1     2     1   0.333   0.500   0.400
                documents              0     0     0       -       -       -
                documents_type         0     0     0       -       -       -
                documents_date         0     0     0       -       -       -
                sites_visited          0     0     0       -       -       -
                topics                 0     0     0       -       -       -
                follow_up_tasks        0     0     0       -       -       -
                indices_mentioned      0     0     0       -       -       -
                ------------------------------------------------------------
                OVERALL (micro)        4     4     1   0.500   0.800   0.615

                precision of everything predicted: 0.444 (4 of 9 asserted items supported by gold)
                invented years (gold XXXX, predicted a concrete year): 0
                articles: 1; predictions missing: 0
                """);
    }

    @Test
    void printsTheJsonOfScorePy() throws IOException {
        String json = score(PEOPLE_GOLD, PEOPLE_PRED).json();
        assertThat(json).startsWith("{\n  \"articles\": 1,\n  \"missing_predictions\": [],\n  \"groups\": {\n"
                + "    \"kind\": {\n      \"tp\": 0,\n      \"fp\": 0,\n      \"fn\": 0,\n      \"precision\": null,");
        Map<String, Object> parsed = JsonTests.object(Json.parse(json));
        assertThat(parsed.keySet()).containsExactly("articles", "missing_predictions", "groups", "overall",
                "invented_years", "precision_of_everything_predicted");
        assertThat(JsonTests.object(parsed.get("groups")).get("people_titles")).isEqualTo(Map.of("tp", 1L,
                "fp", 2L, "fn", 1L, "precision", 0.3333333333333333, "recall", 0.5, "f1", 0.4));
        assertThat(parsed.get("precision_of_everything_predicted"))
                .isEqualTo(Map.of("supported", 4L, "asserted", 9L, "precision", 4.0 / 9));
    }

    @Test
    void ratiosAreRoundedAsPythonRoundsThemHalfToEven() throws IOException {
        StringBuilder pred = new StringBuilder("{\"topics\": [\"hợp tác giáo dục\"");
        for (int i = 1; i <= 15; i++) {
            pred.append(", \"chủ đề ").append(i).append('"');
        }
        Scorer.Result r = score("{\"topics\": [\"hợp tác giáo dục\"]}", pred.append("]}").toString());
        assertThat(r.table()).contains("\ntopics                 1    15     0   0.062   1.000   0.118\n");
    }

    @Test
    void refusesAFolderWithoutGold() {
        assertThatThrownBy(() -> Scorer.score(dir, dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no *.gold.json files in " + dir);
    }

    @Test
    void normalisesAsPython() {
        assertThat(Scorer.norm("  Đoàn CÔNG-tác_x²!! (Hà\u00a0Nội) ")).isEqualTo("doan cong tac x² ha noi");
        assertThat(Scorer.normDocnum("733 QĐ/LHH")).isEqualTo("733QD/LHH");
        assertThat(Scorer.normDocnum("12/2020/NĐ\u2013CP.")).isEqualTo("12/2020/ND-CP");
        assertThat(Scorer.val(" ...")).isNull();
        assertThat(Scorer.val(0L)).isEqualTo(0L);
        assertThat(Scorer.str(List.of("it's", 1L, true, 2.5, Map.of("a", "b")))).isEqualTo("[\"it's\", 1, True, 2.5, "
                + "{'a': 'b'}]");
        assertThat(Scorer.pyFloat(1e16)).isEqualTo("1e+16");
        assertThat(Scorer.pyFloat(0.00001)).isEqualTo("1e-05");
        assertThat(Scorer.pyFloat(5e-324)).isEqualTo("5e-324");
        assertThat(Scorer.pyFloat(100.0)).isEqualTo("100.0");
    }

    private static final String PEOPLE_GOLD = """
            {"people": [
              {"name": "Nguyễn Văn An", "title": "Chủ tịch UBND huyện", "side": "host"},
              {"name": "Trần Thị Bích", "title": "Phó Giám đốc Sở Tư pháp", "side": "guest"},
              {"name": "Lê Minh", "title": null, "side": "guest"}]}""";

    /** An: title contained; Bích: Jaccard 3/8; Minh: no gold title; Cường: unmatched, asserted; An again: ignored. */
    private static final String PEOPLE_PRED = """
            {"people": [
              {"name": "NGUYEN VAN AN", "title": "Chủ tịch UBND"},
              {"name": "Trần Thị Bích", "title": "Giám đốc Sở Y tế"},
              {"name": "Lê Minh", "title": "Bí thư"},
              {"name": "Phạm Văn Cường", "title": "Giám đốc"},
              {"name": "Hoàng Lan", "title": null},
              {"name": "Nguyễn Văn An", "title": "Bí thư"}]}""";

    /** Scores articles T01, T02, … given as gold and prediction JSON in turn; a null prediction is not written. */
    private Scorer.Result score(String... goldAndPrediction) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold" + runs));
        Path pred = Files.createDirectories(dir.resolve("pred" + runs++));
        for (int i = 0; i < goldAndPrediction.length; i += 2) {
            String id = "T%02d".formatted(i / 2 + 1);
            Files.writeString(gold.resolve(id + ".gold.json"), goldAndPrediction[i]);
            if (goldAndPrediction[i + 1] != null) {
                Files.writeString(pred.resolve(id + ".pred.json"), goldAndPrediction[i + 1]);
            }
        }
        return Scorer.score(gold, pred);
    }

    /** Group → [TP, FP, FN] of the groups that counted anything. */
    private static Map<String, List<Integer>> nonZero(Scorer.Result r) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        r.groups().forEach((g, c) -> {
            if (c.tp() + c.fp() + c.fn() > 0) {
                out.put(g, List.of(c.tp(), c.fp(), c.fn()));
            }
        });
        return out;
    }
}
