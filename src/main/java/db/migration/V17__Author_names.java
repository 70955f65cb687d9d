package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.briefdesk.source.AuthorNames;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue #19: the sources' authors in the stored form citation tools read (family and given names,
 * organisations whole): "Priya Raman, Anders Holmgren" becomes "Raman, Priya; Holmgren, Anders". The
 * published editions keep what they froze; their exports read either form.
 */
public class V17__Author_names extends BaseJavaMigration {

    /** The size of the {@code source.authors} column; a longer result keeps the old text. */
    private static final int COLUMN_SIZE = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        convert(context.getConnection());
    }

    /** Rewrites every source's authors that the stored form would change; returns how many. */
    public static int convert(Connection connection) throws SQLException {
        int changed = 0;
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT id, authors FROM source WHERE authors IS NOT NULL");
                PreparedStatement update = connection.prepareStatement("UPDATE source SET authors = ? WHERE id = ?")) {
            while (rows.next()) {
                String before = rows.getString(2);
                String after = AuthorNames.canonical(AuthorNames.parse(before));
                if (!after.isEmpty() && !after.equals(before) && after.length() <= COLUMN_SIZE) {
                    update.setString(1, after);
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                    changed++;
                }
            }
            update.executeBatch();
        }
        return changed;
    }
}
