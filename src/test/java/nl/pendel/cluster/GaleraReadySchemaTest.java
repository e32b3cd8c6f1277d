package nl.pendel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.pendel.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema as the migrations leave it on MariaDB meets what Galera replication needs: every
 * table (Flyway's own included) is InnoDB and has a primary key. Galera replicates only InnoDB, and
 * a table without a primary key replicates slowly and can come out different on each node.
 */
@IntegrationTest
class GaleraReadySchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_table_including_flyways_own_is_innodb_and_has_a_primary_key() {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = database() and table_type = 'BASE TABLE' order by table_name""").query(String.class).list();
        assertThat(tables).contains("flyway_schema_history", "shedlock", "mail_outbox", "plan_section");
        assertThat(tables).hasSizeGreaterThan(30);

        List<String> notInnoDb = jdbc.sql("""
                        select concat(table_name, ' (', coalesce(engine, '?'), ')') from information_schema.tables
                        where table_schema = database() and table_type = 'BASE TABLE' and coalesce(engine, '') <> 'InnoDB'""").query(String.class).list();
        List<String> withoutPrimaryKey = jdbc.sql("""
                        select t.table_name from information_schema.tables t
                        where t.table_schema = database() and t.table_type = 'BASE TABLE'
                          and not exists (select 1 from information_schema.table_constraints c
                                          where c.table_schema = t.table_schema and c.table_name = t.table_name
                                            and c.constraint_type = 'PRIMARY KEY')""").query(String.class).list();

        System.out.printf(
                "galera schema: %d tables, %d not InnoDB, %d without primary key%n",
                tables.size(), notInnoDb.size(), withoutPrimaryKey.size());
        assertThat(notInnoDb).isEmpty();
        assertThat(withoutPrimaryKey).isEmpty();
    }
}
