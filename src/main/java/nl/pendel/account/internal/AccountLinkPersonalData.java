package nl.pendel.account.internal;

import java.util.List;
import java.util.Map;
import nl.pendel.account.LinkPurpose;
import nl.pendel.shared.personaldata.ExportLabels;
import nl.pendel.shared.personaldata.PersonalData;
import nl.pendel.shared.personaldata.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The links to choose a password that were sent to the person: when, why, until when and whether
 * they were used or replaced (never the token, which Pendel does not have). Erasure deletes them.
 */
@Component
class AccountLinkPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final AccountLinkStore links;

    AccountLinkPersonalData(JdbcClient jdbc, AccountLinkStore links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    @Override
    public String part() {
        return "password-links";
    }

    @Override
    public Object export(long personId, ExportLabels labels) {
        List<Map<String, Object>> rows =
                jdbc.sql("""
                select purpose, created_at, expires_at, ended_at
                from account_link where person_id = ? order by created_at""").param(personId).query(Rows.asJson()).list();
        return labels.label(rows, "purpose", LinkPurpose.class, LinkPurpose::translationKey);
    }

    @Override
    public int erase(long personId) {
        return links.deleteAll(personId);
    }
}
