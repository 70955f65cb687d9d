package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V17__Author_names;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migration of issue #19 rewrites stored authors into the form citation tools read, and nothing else. */
class AuthorNamesMigrationTest {

    @Test
    void stored_authors_become_family_and_given_names() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:authors;MODE=MariaDB");
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE source (id BIGINT PRIMARY KEY, authors VARCHAR(500) NULL)");
            sql.execute("INSERT INTO source VALUES (1, 'Priya Raman, Anders Holmgren'), (2, NULL),"
                    + " (3, 'Ministry of Foreign Affairs of Hungary'), (4, 'Raman, Priya'), (5, 'Jan van der Berg')");

            assertThat(V17__Author_names.convert(connection)).isEqualTo(3);

            List<String> authors = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT authors FROM source ORDER BY id")) {
                while (rows.next()) {
                    authors.add(rows.getString(1));
                }
            }
            assertThat(authors)
                    .containsExactly(
                            "Raman, Priya; Holmgren, Anders",
                            null,
                            "{Ministry of Foreign Affairs of Hungary}",
                            "Raman, Priya",
                            "van der Berg, Jan");
        }
    }
}
