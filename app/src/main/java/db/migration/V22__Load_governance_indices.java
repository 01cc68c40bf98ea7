package db.migration;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.traodoi.index.IndexStore;
import vn.traodoi.system.CsvReader;

/**
 * Loads the shipped index figures ({@code reference/vn_governance_indices_2020_2023.csv}, 304 rows of PAR Index,
 * SIPAS, PAPI, PCI and DTI 2020–2023 with their sources), checked row by row as an import is; any problem stops it.
 */
public class V22__Load_governance_indices extends BaseJavaMigration {

    static final String SOURCE = "reference/vn_governance_indices_2020_2023.csv";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        InputStream in = V22__Load_governance_indices.class.getClassLoader().getResourceAsStream(SOURCE);
        if (in == null) {
            throw new IllegalStateException("reference file missing from the classpath: " + SOURCE);
        }
        List<CsvReader.Row> rows;
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            rows = CsvReader.read(reader);
        }
        IndexStore.loadShipped(connection, rows);
    }
}
