package nl.pendel.shared.personaldata;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;

/**
 * Rows of a query as JSON-ready maps for the export: column label → value; times as ISO-8601 text
 * (instants in UTC, dates as dates), binary columns left out.
 */
public final class Rows {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Rows() {}

    /**
     * Maps each row to a JSON-ready map, for a personal-data class's own query in its module's
     * {@code internal} package: {@code jdbc.sql(sql).params(id).query(Rows.asJson()).list()}.
     */
    public static RowMapper<Map<String, Object>> asJson() {
        return (rs, n) -> row(rs);
    }

    static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof byte[]) {
                continue;
            }
            row.put(meta.getColumnLabel(i), json(value));
        }
        return row;
    }

    static Object json(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant().toString();
            case java.sql.Date d -> d.toLocalDate().toString();
            case java.sql.Time t -> t.toLocalTime().toString();
            case java.time.LocalDateTime t -> t.atZone(AMSTERDAM).toInstant().toString();
            case LocalDate d -> d.toString();
            case Number n -> n;
            case Boolean b -> b;
            default -> value.toString();
        };
    }
}
