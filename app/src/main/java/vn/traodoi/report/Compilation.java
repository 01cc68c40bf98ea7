package vn.traodoi.report;

import java.util.List;
import java.util.Map;
import vn.traodoi.delegation.Delegation;
import vn.traodoi.report.ReportService.MemberRow;

/**
 * The secretary's first draft of a trip report from the members' reports: under each topic of the delegation what
 * each member wrote on it ("- name: text"), then "Chung:" with what each learned overall, and the members' proposals,
 * each followed by who proposed it.
 */
final class Compilation {

    /** The compiled results and proposals, without surrounding blank lines. */
    record Draft(String results, String proposals) {
    }

    private Compilation() {
    }

    /**
     * @param topics the delegation's topics, in order
     * @param partsByTopic for each topic id, the members' lines on it ("- name: text"), in the members' order
     * @param rows the delegation's members with their reports, if filed
     */
    static Draft of(List<Delegation.Topic> topics, Map<Long, List<String>> partsByTopic, List<MemberRow> rows) {
        StringBuilder results = new StringBuilder();
        StringBuilder proposals = new StringBuilder();
        for (Delegation.Topic topic : topics) {
            List<String> parts = partsByTopic.getOrDefault(topic.id(), List.of());
            if (!parts.isEmpty()) {
                results.append(topic.position()).append(". ").append(topic.content()).append('\n');
                parts.forEach(p -> results.append(p).append('\n'));
                results.append('\n');
            }
        }
        if (!results.isEmpty()) {
            results.append("Chung:\n");
        }
        for (MemberRow row : rows) {
            if (row.report() != null) {
                results.append("- ").append(row.name()).append(": ").append(row.report().learned()).append('\n');
                if (row.report().proposals() != null) {
                    proposals.append("- ").append(row.report().proposals()).append(" (").append(row.name()).append(")\n");
                }
            }
        }
        return new Draft(results.toString().strip(), proposals.toString().strip());
    }
}
