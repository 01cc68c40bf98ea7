import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes COUNT synthetic search documents as PostgreSQL COPY text for {@code search_documents}, from the reference data
 * of a running traodoi (its provinces before and after the 2025 merger, its organizations) and the vocabulary of the
 * seed articles: delegations with their plans ("Kế hoạch số 196/KH-UBND"), topics, hosts, sessions, chairs and members;
 * trip reports, lessons, tasks, workshops, comments, news articles (most of them public), imported articles, people and
 * organizations. Besides the real organizations, one of each of fifteen departments per province of before the merger
 * owns documents too (ids from 10,000,000, not in the directory), so that each organization sees a share of the
 * documents as in a national deployment. Each document keeps to two or three themes, drawn from the seeds' topics and
 * from topics composed of actions and subjects, the seeds' most often (a Zipf-like law), as a corpus of a country's
 * records would. The same seed writes the same file.
 *
 * <pre>
 * java bench/search/GenerateSearchDocuments.java OUT.tsv COUNT units.tsv organizations.tsv [SEED]
 *   units.tsv:         id, unit_set, full_name_vi, successor_id (tab-separated, \N for none)
 *   organizations.tsv: id, name, unit_id
 * </pre>
 */
public final class GenerateSearchDocuments {

    static final String[] KINDS = {"DELEGATION", "TRIP_REPORT", "LESSON", "TASK", "WORKSHOP", "COMMENT", "ARTICLE",
            "IMPORT", "PERSON", "ORGANIZATION"};
    /** Per mille of each kind, in the order of KINDS. */
    static final int[] SHARE = {200, 50, 150, 150, 20, 200, 120, 80, 25, 5};
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Phan", "Huỳnh", "Tạ", "Đinh"};
    static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Hồng", "Ngọc", "Xuân", "Duy"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hải", "Hòa", "Hùng", "Khánh", "Long", "Nam", "Phúc",
            "Quang", "Sơn", "Trung", "Tuấn", "Vinh", "Thắng", "Lộc", "Hoan", "Mãi", "Thược", "Toàn", "Hạnh", "Lan", "Mai",
            "Thảo", "Yến", "Hương", "Linh", "Trang", "Chinh", "Tân"};
    static final String[] TITLES = {"Phó Chủ tịch Ủy ban nhân dân", "Chủ tịch Ủy ban nhân dân",
            "Phó Chủ tịch Thường trực Ủy ban nhân dân", "Chánh Văn phòng Ủy ban nhân dân", "Giám đốc Sở Nội vụ",
            "Phó Giám đốc Sở Tư pháp", "Giám đốc Sở Kế hoạch và Đầu tư", "Trưởng Ban Pháp chế Hội đồng nhân dân"};
    /** The seeds' topics and the archive bench's. */
    static final String[] TOPICS = {"cải cách hành chính, chuyển đổi số các lĩnh vực", "xây dựng chính quyền điện tử",
            "kinh nghiệm tổ chức bộ máy, hoạt động theo mô hình chính quyền đô thị",
            "cơ chế thu hút nguồn nhân lực chất lượng cao", "cơ chế liên kết, phát triển vùng",
            "ứng dụng công nghệ thông tin vào hoạt động cải cách hành chính", "đầu tư nhà ở xã hội",
            "thủ tục đầu tư các khu công nghiệp", "mô hình khu công nghiệp sinh thái",
            "nhà máy xử lý chất thải rắn sinh hoạt", "nâng cao Chỉ số PAR Index, Chỉ số SIPAS và Chỉ số PAPI",
            "mô hình một cửa liên thông", "phát triển du lịch cộng đồng", "xây dựng nông thôn mới nâng cao",
            "quản lý đất đai và giải phóng mặt bằng", "phát triển kinh tế dưới tán rừng", "bảo tồn di sản văn hóa",
            "sắp xếp đơn vị hành chính cấp xã", "phát triển hợp tác xã nông nghiệp", "thu hút nhân tài về địa phương",
            "phát triển cây dược liệu", "bảo vệ môi trường làng nghề", "phòng, chống thiên tai", "phát triển kinh tế biển",
            "nâng cao chỉ số hài lòng của người dân", "triển khai Đề án 06 về dữ liệu dân cư", "xây dựng đô thị thông minh",
            "phát triển sản phẩm OCOP", "quản lý cửa khẩu biên giới", "giảm nghèo bền vững",
            "thí điểm cơ chế, chính sách đặc thù phát triển thành phố", "tổ chức chính quyền đô thị"};
    /** What else officials visit to learn: composed, so that the vocabulary is as wide as a national corpus's. */
    static final String[] ACTIONS = {"nâng cao chất lượng", "đổi mới", "phát triển", "quản lý", "đầu tư", "hiện đại hóa",
            "số hóa", "xã hội hóa", "tổ chức lại", "kiểm tra, giám sát", "đào tạo, bồi dưỡng cán bộ về", "huy động nguồn lực cho"};
    static final String[] SUBJECTS = {"dịch vụ y tế cơ sở", "giáo dục mầm non", "trường học vùng khó khăn", "hạ tầng giao thông nông thôn",
            "cấp nước sạch nông thôn", "chợ truyền thống", "làng văn hóa", "thiết chế văn hóa cơ sở", "thư viện số",
            "an ninh trật tự đô thị", "phòng cháy, chữa cháy", "quỹ đất công", "nhà văn hóa thôn", "rừng phòng hộ",
            "vùng nguyên liệu", "kinh tế tập thể", "doanh nghiệp nhỏ và vừa", "xúc tiến thương mại", "logistics",
            "cảng biển", "sân bay", "khu kinh tế cửa khẩu", "đường cao tốc", "thủy lợi nội đồng", "chăn nuôi an toàn sinh học",
            "thủy sản xuất khẩu", "du lịch biển đảo", "lễ hội truyền thống", "nghệ thuật dân gian", "thể thao thành tích cao",
            "người cao tuổi", "trẻ em có hoàn cảnh đặc biệt", "người có công", "lao động nông thôn", "việc làm cho thanh niên",
            "bảo hiểm xã hội tự nguyện", "an toàn thực phẩm", "quản lý chất thải y tế", "năng lượng tái tạo", "điện mặt trời mái nhà"};
    static final String[] PLACES = {"thành phố Thủ Đức", "Quận 1", "Quận 10", "Trung tâm Phục vụ hành chính công",
            "Khu công nghiệp phía Bắc", "Hợp tác xã nông nghiệp sạch", "Làng nghề truyền thống",
            "Trung tâm Giám sát, điều hành đô thị thông minh", "Khu du lịch sinh thái", "Trạm y tế xã kiểu mẫu",
            "Vùng trồng dược liệu tập trung", "Cảng cá trung tâm"};
    static final String[] DEPARTMENTS = {"Ủy ban nhân dân", "Hội đồng nhân dân", "Văn phòng Ủy ban nhân dân", "Sở Nội vụ",
            "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Công Thương",
            "Sở Nông nghiệp và Phát triển nông thôn", "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông",
            "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tài nguyên và Môi trường"};
    static final String[] DOC_TYPES = {"Kế hoạch", "Công văn", "Quyết định", "Thông báo", "Tờ trình"};
    static final String[] DOC_CODES = {"KH", "CV", "QĐ", "TB", "TTr"};
    static final String[] ISSUERS = {"UBND", "SNV", "STP", "SKHĐT", "VP"};
    static final String[] DELEGATION_KINDS = {"Đoàn khảo sát", "Đoàn nghiên cứu, học tập kinh nghiệm",
            "Đoàn trao đổi kinh nghiệm", "Đoàn làm việc"};
    static final String[] VERBS = {"học tập kinh nghiệm về", "trao đổi kinh nghiệm về", "khảo sát, tìm hiểu thực tế về",
            "nghiên cứu mô hình"};
    static final String[] GROUPS = {"Lãnh đạo các sở, ban, ngành", "Đại diện lãnh đạo và chuyên viên các phòng chuyên môn",
            "Lãnh đạo Ủy ban nhân dân cấp huyện", "Các chuyên gia", "Thư ký đoàn"};

    record Unit(long id, String set, String name, long successor) {
    }

    record Org(long id, String name, long unit) {
    }

    private final Random random;
    private final List<String> topics = new ArrayList<>();
    private final double[] weights;
    private final List<Unit> old63 = new ArrayList<>();
    private final List<Unit> new34 = new ArrayList<>();
    private final Map<Long, Unit> units = new HashMap<>();
    private final List<Org> real = new ArrayList<>();
    private final List<Org> all = new ArrayList<>();

    GenerateSearchDocuments(long seed, Path unitsFile, Path orgsFile) throws IOException {
        this.random = new Random(seed);
        topics.addAll(List.of(TOPICS));
        for (String subject : SUBJECTS) {
            for (String action : ACTIONS) {
                topics.add(action + " " + subject);
            }
        }
        // A document's themes follow a Zipf-like law (s = 0.6): the seeds' topics first, the composed ones rarer.
        weights = new double[topics.size()];
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += Math.pow(k + 1, -0.6);
            weights[k] = sum;
        }
        for (int k = 0; k < weights.length; k++) {
            weights[k] /= sum;
        }
        for (String line : Files.readAllLines(unitsFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            Unit u = new Unit(Long.parseLong(f[0]), f[1], f[2], f[3].equals("\\N") ? 0 : Long.parseLong(f[3]));
            units.put(u.id(), u);
            (u.set().equals("old63") ? old63 : new34).add(u);
        }
        for (String line : Files.readAllLines(orgsFile, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            real.add(new Org(Long.parseLong(f[0]), f[1], f[2].equals("\\N") ? old63.getFirst().id() : Long.parseLong(f[2])));
        }
        all.addAll(real);
        long id = 10_000_000;
        for (Unit u : old63) {
            for (String department : DEPARTMENTS) {
                all.add(new Org(id++, department + " " + u.name(), u.id()));
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: java GenerateSearchDocuments.java OUT.tsv COUNT units.tsv organizations.tsv [SEED]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[1]);
        GenerateSearchDocuments g = new GenerateSearchDocuments(args.length > 4 ? Long.parseLong(args[4]) : 1,
                Path.of(args[2]), Path.of(args[3]));
        long chars = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (int n = 0; n < count; n++) {
                String row = g.document(n);
                chars += row.length();
                out.write(row);
            }
        }
        System.out.printf("%,d documents, %,d characters%n", count, chars);
    }

    String document(int n) {
        String kind = kind(n);
        boolean realOwner = random.nextInt(10) < 3;
        Org owner = realOwner ? pick(real) : pick(all);
        LocalDate from = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(8 * 365));
        LocalDate to = from.plusDays(random.nextInt(3));
        Set<Long> audience = new LinkedHashSet<>();
        audience.add(owner.id());
        List<Long> unitsThen = new ArrayList<>();
        String publicFrom = null;
        String publicLink = null;
        String title;
        String context = null;
        List<String> body = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> places = new ArrayList<>();
        themes = new String[] {theme(), theme(), theme()};
        String topic = themes[0];
        Unit place = unitAt(from);
        switch (kind) {
            case "DELEGATION", "TRIP_REPORT" -> {
                Org host = pick(all);
                audience.add(host.id());
                if (random.nextBoolean()) {
                    audience.add(pick(all).id());
                }
                unitsThen.add(place.id());
                if (random.nextInt(3) == 0) {
                    unitsThen.add(unitAt(from).id());
                }
                title = pick(DELEGATION_KINDS) + " của " + owner.name() + " " + pick(VERBS) + " " + topic + " tại "
                        + place.name();
                context = owner.name();
                String symbol = symbol(from);
                symbols.add(symbol);
                body.add("Thực hiện " + docType(symbol) + " số " + symbol + " ngày " + day(from.minusDays(20)) + " của "
                        + owner.name() + " về " + pick(VERBS) + " " + topic);
                body.add(capitalized(topic));
                body.add(capitalized(topic()));
                String chair = person();
                names.add(chair);
                names.add(host.name());
                names.add(owner.name());
                String head = person();
                names.add(head);
                body.add(pick(TITLES) + " " + place.name());
                body.add(pick(GROUPS) + " " + owner.name());
                places.add(pick(PLACES));
                body.add("Buổi làm việc với " + host.name() + " do đồng chí " + chair + ", " + pick(TITLES) + " chủ trì");
                if (kind.equals("TRIP_REPORT")) {
                    context = null;
                    body.add("Kết quả: đoàn đã tìm hiểu " + topic + "; " + sentence(place));
                    body.add("Bài học kinh nghiệm: " + sentence(place));
                    body.add("Đề xuất: " + sentence(place));
                }
            }
            case "LESSON" -> {
                title = capitalized(topic);
                context = pick(DELEGATION_KINDS) + " của " + owner.name() + " tại " + place.name();
                unitsThen.add(place.id());
                body.add(sentence(place));
            }
            case "TASK" -> {
                for (int i = random.nextInt(3); i >= 0; i--) {
                    Org assignee = pick(all);
                    audience.add(assignee.id());
                    names.add(assignee.name());
                }
                title = pick(new String[] {"Xây dựng kế hoạch triển khai", "Nghiên cứu, đề xuất áp dụng",
                        "Báo cáo kết quả thực hiện", "Phối hợp tổ chức hội thảo về"}) + " " + topic;
                context = "Đề xuất của báo cáo chuyến công tác tại " + place.name();
                from = from.plusMonths(6);
                to = null;
            }
            case "WORKSHOP", "COMMENT" -> {
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    audience.add(pick(all).id());
                }
                unitsThen.add(units.get(owner.unit()) == null ? place.id() : owner.unit());
                String project = "Đề án " + topic + " " + place.name();
                title = "Hội thảo góp ý dự thảo " + project;
                if (kind.equals("WORKSHOP")) {
                    context = project;
                    String chair = person();
                    names.add(chair);
                    body.add("Chủ trì: " + chair + ", " + pick(TITLES));
                    body.add("Kết luận: " + sentence(place) + " " + sentence(place));
                } else {
                    String author = person();
                    names.add(author);
                    context = "Điều " + (1 + random.nextInt(40)) + ". " + capitalized(topic());
                    body.add(author + ": Đề nghị làm rõ " + topic() + "; " + sentence(place));
                    if (random.nextBoolean()) {
                        body.add("Tiếp thu, chỉnh sửa tại dự thảo lần " + (2 + random.nextInt(3)));
                    }
                }
                to = null;
            }
            case "ARTICLE", "IMPORT" -> {
                Org host = pick(all);
                unitsThen.add(place.id());
                title = capitalized(host.name()) + " tiếp " + pick(DELEGATION_KINDS).toLowerCase() + " của " + owner.name();
                context = "Ngày " + day(from) + ", " + host.name() + " đã tiếp và làm việc với đoàn về " + topic + ".";
                String symbol = symbol(from);
                String chair = person();
                body.add("Thực hiện " + docType(symbol) + " số " + symbol + ", đoàn do đồng chí " + person() + ", "
                        + pick(TITLES) + " " + owner.name() + " làm trưởng đoàn.");
                body.add("Tiếp đoàn có đồng chí " + chair + ", " + pick(TITLES) + " " + place.name() + ".");
                for (int i = 6 + random.nextInt(8); i > 0; i--) {
                    body.add(sentence(place));
                }
                body.add("Đoàn đã đến khảo sát thực tế tại " + pick(PLACES) + ".");
                if (kind.equals("ARTICLE") && random.nextInt(10) < 7) {
                    publicFrom = from + "T08:00:00+07";
                    publicLink = "/tin/bench/" + n;
                }
            }
            case "PERSON" -> {
                String person = person();
                title = person;
                names.add(person);
                context = pick(TITLES) + " " + place.name();
                body.add(context);
                publicFrom = "1970-01-01T00:00:00Z";
                from = null;
                to = null;
            }
            default -> {
                Org o = pick(all);
                title = o.name();
                names.add(o.name());
                unitsThen.add(o.unit());
                publicFrom = "1970-01-01T00:00:00Z";
                from = null;
                to = null;
            }
        }
        List<Long> unitsNow = new ArrayList<>();
        for (long id : unitsThen) {
            long now = now(id);
            if (!unitsNow.contains(now)) {
                unitsNow.add(now);
            }
            places.add(units.get(id).name());
            if (now != id) {
                places.add(units.get(now).name());
            }
        }
        String owned = kind.equals("PERSON") || kind.equals("ORGANIZATION") ? null : String.valueOf(owner.id());
        if (owned == null) {
            audience.clear();
        }
        return String.join("\t", kind, String.valueOf(1_000_000_000L + n), owned == null ? "\\N" : owned,
                array(audience), publicFrom == null ? "\\N" : publicFrom, copy(title), context == null ? "\\N" : copy(context),
                copy(String.join("\n", body)), copy(String.join("\n", symbols)), copy(String.join("\n", names)),
                copy(String.join("\n", new LinkedHashSet<>(places))), array(unitsThen), array(unitsNow),
                from == null ? "\\N" : from.toString(), to == null ? "\\N" : to.toString(), "/bench/" + kind + "/" + n,
                publicLink == null ? "\\N" : publicLink) + "\n";
    }

    /** The document's two or three themes, which its sentences keep to. */
    private String[] themes = new String[0];

    private String theme() {
        double r = random.nextDouble();
        int k = java.util.Arrays.binarySearch(weights, r);
        return topics.get(Math.min(topics.size() - 1, k < 0 ? -k - 1 : k));
    }

    /** One of the document's themes, now and then another topic. */
    private String topic() {
        return random.nextInt(8) == 0 ? theme() : themes[random.nextInt(themes.length)];
    }

    private String kind(int n) {
        int slot = (int) (((long) n * 7919) % 1000);
        int sum = 0;
        for (int i = 0; i < KINDS.length; i++) {
            sum += SHARE[i];
            if (slot < sum) {
                return KINDS[i];
            }
        }
        return KINDS[0];
    }

    private Unit unitAt(LocalDate date) {
        return date.isBefore(LocalDate.of(2025, 7, 1)) || new34.isEmpty() ? pick(old63) : pick(new34);
    }

    private long now(long id) {
        Unit u = units.get(id);
        while (u.successor() != 0 && units.containsKey(u.successor())) {
            u = units.get(u.successor());
        }
        return u.id();
    }

    private String symbol(LocalDate date) {
        int type = random.nextInt(DOC_CODES.length);
        if (random.nextInt(10) == 0) {
            return (1 + random.nextInt(200)) + "/" + date.getYear() + "/QH15";
        }
        return (1 + random.nextInt(999)) + "/" + DOC_CODES[type] + "-" + pick(ISSUERS);
    }

    private static String docType(String symbol) {
        if (symbol.endsWith("/QH15")) {
            return "Nghị quyết";
        }
        String code = symbol.substring(symbol.indexOf('/') + 1, symbol.indexOf('-'));
        for (int i = 0; i < DOC_CODES.length; i++) {
            if (DOC_CODES[i].equals(code)) {
                return DOC_TYPES[i];
            }
        }
        return "Văn bản";
    }

    private String person() {
        return pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN);
    }

    private String sentence(Unit place) {
        return switch (random.nextInt(5)) {
            case 0 -> "Qua chuyến công tác, đoàn rút ra bài học kinh nghiệm về " + topic() + ".";
            case 1 -> capitalized(place.name()) + " đã chia sẻ cách làm hay trong " + topic() + " và "
                    + topic() + ".";
            case 2 -> "Hai bên thống nhất tăng cường phối hợp, trao đổi thông tin về " + topic() + ".";
            case 3 -> "Đề nghị nghiên cứu, vận dụng mô hình " + topic() + " phù hợp với điều kiện địa phương.";
            default -> "Kết quả " + topic() + " năm qua được đánh giá cao, góp phần " + topic() + ".";
        };
    }

    private static String day(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase() + s.substring(1);
    }

    private static String array(java.util.Collection<Long> ids) {
        StringBuilder b = new StringBuilder("{");
        for (long id : ids) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(id);
        }
        return b.append('}').toString();
    }

    /** A value in COPY text format: backslash, tab and line breaks escaped. */
    private static String copy(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
