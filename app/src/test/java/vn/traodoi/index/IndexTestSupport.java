package vn.traodoi.index;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.traodoi.TestUsers;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.account.Role;

/** What the index tests share: units by code, topics by name, and a user of Sở Nội vụ TP.HCM (seed 004). */
abstract class IndexTestSupport {

    @Autowired
    Indices indices;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    long unit(String set, String code) {
        return jdbc.sql("SELECT id FROM administrative_units WHERE unit_set = ? AND gso_code = ?").params(set, code)
                .query(Long.class).single();
    }

    long topic(String name) {
        return indices.topics().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    CurrentUser hcm() {
        return users.user(jdbc.sql("SELECT id FROM organizations WHERE name = 'Sở Nội vụ Thành phố Hồ Chí Minh'")
                .query(Long.class).single(), Role.ORGANIZER);
    }
}
