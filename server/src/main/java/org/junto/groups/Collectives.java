package org.junto.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The collectives table: what a group or organization has beyond its account. */
@Repository
class Collectives {
    static final String COLUMNS = "c.account_id, c.kind, c.privacy, c.rules, c.organization_id, c.created_at";
    private final JdbcClient db;

    Collectives(JdbcClient db) {
        this.db = db;
    }

    Optional<Collective> byId(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM collectives c WHERE c.account_id = ?")
                .param(id)
                .query(Collectives::map)
                .optional();
    }

    void insert(Collective c) {
        db.sql("INSERT INTO collectives (account_id, kind, privacy, rules, organization_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        c.id(),
                        c.kind().apiName(),
                        c.privacy().apiName(),
                        c.rules(),
                        c.organizationId(),
                        c.createdAt().toEpochMilli())
                .update();
    }

    void update(long id, Privacy privacy, String rules) {
        db.sql("UPDATE collectives SET privacy = ?, rules = ? WHERE account_id = ?")
                .params(privacy.apiName(), rules, id)
                .update();
    }

    static Collective map(ResultSet rs, int row) throws SQLException {
        long org = rs.getLong("organization_id");
        Long organization = rs.wasNull() ? null : org;
        return new Collective(
                rs.getLong("account_id"),
                Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                Privacy.valueOf(rs.getString("privacy").toUpperCase(Locale.ROOT)),
                rs.getString("rules"),
                organization,
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
