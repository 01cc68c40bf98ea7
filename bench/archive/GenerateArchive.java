import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip of synthetic news articles for measuring the archive import: visits received, visits made and
 * workshops, from templates written for this benchmark (no real article), with provinces of before the 2025 merger,
 * invented people, dates of 2019–2024, two or three topics, a site, a lesson and a task some of the time; one in ten
 * as a web page. The same seed writes the same zip.
 *
 * <pre>
 * java bench/archive/GenerateArchive.java /tmp/kho-10000.zip 10000 [seed]
 * </pre>
 */
public final class GenerateArchive {

    static final String[] PROVINCES = {"Hà Giang", "Cao Bằng", "Bắc Kạn", "Lạng Sơn", "Tuyên Quang", "Lào Cai",
            "Yên Bái", "Thái Nguyên", "Phú Thọ", "Bắc Giang", "Quảng Ninh", "Hòa Bình", "Sơn La", "Điện Biên",
            "Lai Châu", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Quảng Ngãi",
            "Bình Định", "Phú Yên", "Khánh Hòa", "Kon Tum", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "Bình Phước", "Tây Ninh",
            "Long An", "Tiền Giang", "Bến Tre", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Sóc Trăng",
            "Cà Mau"};
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Mai", "Đinh"};
    static final String[] MIDDLE_MAN = {"Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Công", "Xuân"};
    static final String[] MIDDLE_WOMAN = {"Thị", "Thu", "Ngọc", "Thanh", "Kim", "Hồng"};
    static final String[] GIVEN_MAN = {"An", "Bình", "Cường", "Dũng", "Hải", "Hòa", "Hùng", "Khánh", "Long", "Nam",
            "Phúc", "Quang", "Sơn", "Trung", "Tuấn", "Vinh", "Thắng", "Lộc"};
    static final String[] GIVEN_WOMAN = {"Hà", "Lan", "Mai", "Nga", "Thảo", "Yến", "Hương", "Linh", "Trang", "Hạnh"};
    static final String[] TITLES = {"Phó Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", "Phó Chủ tịch Thường trực UBND tỉnh",
            "Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Nội vụ tỉnh"};
    static final String[] TOPICS = {"cải cách thủ tục hành chính", "chuyển đổi số trong giải quyết thủ tục hành chính",
            "thu hút đầu tư vào khu công nghiệp", "phát triển du lịch cộng đồng", "xây dựng nông thôn mới nâng cao",
            "quản lý đất đai và giải phóng mặt bằng", "phát triển kinh tế dưới tán rừng", "bảo tồn di sản văn hóa",
            "đào tạo nguồn nhân lực chất lượng cao", "sắp xếp đơn vị hành chính cấp xã", "phát triển hợp tác xã nông nghiệp",
            "xây dựng chính quyền điện tử", "thu hút nhân tài về công tác tại địa phương", "quản lý chợ và thương mại nông thôn",
            "phát triển cây dược liệu", "bảo vệ môi trường làng nghề", "phòng, chống thiên tai", "phát triển kinh tế biển",
            "nâng cao chỉ số hài lòng của người dân", "triển khai Đề án 06 về dữ liệu dân cư",
            "xây dựng đô thị thông minh", "phát triển sản phẩm OCOP", "quản lý cửa khẩu biên giới",
            "giảm nghèo bền vững", "chăm sóc sức khỏe ban đầu cho người dân"};
    static final String[] SITES = {"Trung tâm Phục vụ hành chính công tỉnh", "Khu công nghiệp phía Bắc",
            "Hợp tác xã nông nghiệp sạch", "Làng nghề truyền thống", "Trung tâm Giám sát, điều hành đô thị thông minh",
            "Khu du lịch sinh thái", "Trạm y tế xã kiểu mẫu", "Vùng trồng dược liệu tập trung", "Cảng cá trung tâm"};
    static final String[] PURPOSES = {"học tập kinh nghiệm", "trao đổi kinh nghiệm", "khảo sát, tìm hiểu thực tế",
            "nghiên cứu, học tập kinh nghiệm"};
    static final String[] LESSONS = {"cách đơn giản hóa hồ sơ cho người dân", "cách huy động doanh nghiệp cùng đầu tư hạ tầng",
            "cách giao rừng cho cộng đồng cùng quản lý", "cách đào tạo cán bộ một cửa", "cách số hóa hồ sơ đất đai",
            "cách liên kết tiêu thụ nông sản", "cách giữ nghề truyền thống gắn với du lịch", "cách đo sự hài lòng của người dân"};
    static final String[] DEPARTMENTS = {"Sở Nội vụ", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh"};
    static final String[] PROJECTS = {"phát triển nguồn nhân lực", "chuyển đổi số", "phát triển du lịch", "phát triển dược liệu",
            "xây dựng nông thôn mới", "phát triển đô thị"};

    private final Random random;

    GenerateArchive(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/archive/GenerateArchive.java OUT.zip [COUNT] [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        GenerateArchive g = new GenerateArchive(seed);
        long bytes = 0;
        Set<String> seen = new LinkedHashSet<>();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out));
                ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            for (int i = 0; seen.size() < count; i++) {
                String article = g.article();
                if (!seen.add(article)) {
                    continue;
                }
                boolean page = seen.size() % 10 == 0;
                String name = String.format(Locale.ROOT, "%d/bai-%05d.%s", 2019 + seen.size() % 6, seen.size(),
                        page ? "html" : "txt");
                byte[] body = (page ? html(article) : article).getBytes(StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(name));
                zip.write(body);
                zip.closeEntry();
                bytes += body.length;
            }
        }
        System.err.printf(Locale.ROOT, "%d articles, %d bytes of text, %d bytes zipped: %s%n", count, bytes,
                Files.size(out), out);
    }

    String article() {
        int kind = random.nextInt(10);
        return kind < 5 ? received() : kind < 8 ? made() : workshop();
    }

    private String received() {
        String host = pick(PROVINCES);
        String guest = other(host);
        int[] day = day();
        Person head = person();
        StringBuilder s = new StringBuilder();
        s.append("UBND tỉnh ").append(host).append(" tiếp Đoàn công tác của UBND tỉnh ").append(guest).append('\n');
        s.append("Ngày ").append(day[0]).append('/').append(day[1]).append('/').append(day[2]).append(", Ủy ban nhân dân tỉnh ")
                .append(host).append(" tiếp và làm việc với Đoàn công tác của Ủy ban nhân dân tỉnh ").append(guest)
                .append(" do ").append(head.honorific).append(' ').append(head.name).append(", ").append(pick(TITLES))
                .append(' ').append(guest).append(" làm Trưởng đoàn. Đoàn gồm ").append(5 + random.nextInt(40))
                .append(" thành viên.\n");
        if (random.nextBoolean()) {
            s.append("Thực hiện Kế hoạch số ").append(10 + random.nextInt(300)).append("/KH-UBND ngày ")
                    .append(1 + random.nextInt(28)).append('/').append(day[1]).append('/').append(day[2])
                    .append(" của Ủy ban nhân dân tỉnh ").append(guest).append(", đoàn đến ").append(pick(PURPOSES))
                    .append(" tại tỉnh ").append(host).append(".\n");
        }
        s.append("Tại buổi làm việc, hai bên trao đổi về ").append(topics()).append(".\n");
        rest(s, host, day);
        return s.toString();
    }

    private String made() {
        String home = pick(PROVINCES);
        String to = other(home);
        int[] day = day();
        Person head = person();
        StringBuilder s = new StringBuilder();
        s.append("Đoàn công tác tỉnh ").append(home).append(' ').append(pick(PURPOSES)).append(" tại tỉnh ").append(to)
                .append('\n');
        s.append("Từ ngày ").append(day[0]).append('/').append(day[1]).append(" đến ngày ").append(Math.min(28, day[0] + 2))
                .append('/').append(day[1]).append('/').append(day[2]).append(", Đoàn công tác của Ủy ban nhân dân tỉnh ")
                .append(home).append(" do ").append(head.honorific).append(' ').append(head.name).append(", ")
                .append(pick(TITLES)).append(' ').append(home).append(" làm Trưởng đoàn đã đến ").append(pick(PURPOSES))
                .append(" tại tỉnh ").append(to).append(".\n");
        s.append("Đoàn làm việc với Ủy ban nhân dân tỉnh ").append(to).append(" về ").append(topics()).append(".\n");
        rest(s, to, day);
        return s.toString();
    }

    private String workshop() {
        String home = pick(PROVINCES);
        int[] day = day();
        Person chair = person();
        String project = pick(PROJECTS);
        StringBuilder s = new StringBuilder();
        s.append("UBND tỉnh ").append(home).append(" tổ chức Hội thảo góp ý dự thảo Đề án ").append(project)
                .append(" tỉnh ").append(home).append('\n');
        s.append(random.nextBoolean() ? "Sáng" : "Chiều").append(" ngày ").append(day[0]).append('/').append(day[1])
                .append('/').append(day[2]).append(", Ủy ban nhân dân tỉnh ").append(home)
                .append(" tổ chức Hội thảo góp ý dự thảo Đề án ").append(project).append(" tỉnh ").append(home)
                .append(" giai đoạn ").append(day[2] + 1).append('-').append(day[2] + 5).append(". ")
                .append(capital(chair.honorific)).append(' ').append(chair.name).append(", Chủ tịch UBND tỉnh ")
                .append(home).append(" chủ trì hội thảo.\n");
        s.append("Các đại biểu góp ý về ").append(topics()).append(".\n");
        s.append("Kết luận hội thảo, Chủ tịch UBND tỉnh giao ").append(pick(DEPARTMENTS))
                .append(" chủ trì tiếp thu các ý kiến góp ý, hoàn thiện dự thảo Đề án trước ngày ")
                .append(deadline(day)).append(".\n");
        return s.toString();
    }

    private void rest(StringBuilder s, String province, int[] day) {
        if (random.nextInt(3) > 0) {
            s.append("Đoàn đã tham quan ").append(pick(SITES)).append(' ').append(province).append(".\n");
        }
        if (random.nextBoolean()) {
            s.append("Qua chuyến công tác, đoàn rút ra bài học kinh nghiệm về ").append(pick(LESSONS)).append(".\n");
        }
        if (random.nextInt(3) == 0) {
            Person chair = person();
            s.append(capital(chair.honorific)).append(' ').append(chair.name).append(", Chủ tịch UBND tỉnh ").append(province)
                    .append(" giao ").append(pick(DEPARTMENTS)).append(" chủ trì tổng hợp các kinh nghiệm hay, báo cáo UBND tỉnh ")
                    .append("trước ngày ").append(deadline(day)).append(".\n");
        }
    }

    private String topics() {
        Set<String> chosen = new LinkedHashSet<>();
        int n = 2 + random.nextInt(2);
        while (chosen.size() < n) {
            chosen.add(pick(TOPICS));
        }
        return String.join("; ", chosen);
    }

    private int[] day() {
        return new int[] {1 + random.nextInt(26), 1 + random.nextInt(12), 2019 + random.nextInt(6)};
    }

    private String deadline(int[] day) {
        int month = day[1] % 12 + 1;
        int year = day[1] == 12 ? day[2] + 1 : day[2];
        return String.format(Locale.ROOT, "%02d/%02d/%d", 28, month, year);
    }

    private record Person(String honorific, String name) {
    }

    private Person person() {
        boolean woman = random.nextInt(3) == 0;
        return woman ? new Person("bà", pick(FAMILY) + " " + pick(MIDDLE_WOMAN) + " " + pick(GIVEN_WOMAN))
                : new Person("ông", pick(FAMILY) + " " + pick(MIDDLE_MAN) + " " + pick(GIVEN_MAN));
    }

    private String other(String than) {
        String p;
        do {
            p = pick(PROVINCES);
        } while (p.equals(than));
        return p;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The article as a portal's page: the site's header and menu, the headline, a paragraph per line, a footer. */
    static String html(String article) {
        List<String> lines = new ArrayList<>(List.of(article.strip().split("\n")));
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(lines.getFirst())).append("</title></head><body><header><a href=\"/\">Cổng thông tin điện tử"
                        + "</a><nav><a href=\"/tin-tuc\">Tin tức</a> | <a href=\"/lien-he\">Liên hệ</a></nav></header><main>"
                        + "<article><h1>").append(escape(lines.getFirst())).append("</h1>");
        for (String line : lines.subList(1, lines.size())) {
            s.append("<p>").append(escape(line)).append("</p>");
        }
        return s.append("</article></main><footer>Bản quyền thuộc Cổng thông tin điện tử</footer></body></html>\n")
                .toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
