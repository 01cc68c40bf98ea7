package vn.traodoi.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.traodoi.IntegrationTest;
import vn.traodoi.delegation.DemoSeeds;

/** The demo portal of Hồ Chí Minh City carries the seed 000 article, published once from the record. */
@IntegrationTest
class NewsDemoDataIntegrationTests {

    @Autowired
    NewsDemoData demo;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void seed000IsPublishedOnceFromItsRecord() throws Exception {
        long delegation = DemoSeeds.delegation(context, "seed-000");
        transactions.executeWithoutResult(s -> demo.load());
        long articles = jdbc.sql("SELECT count(*) FROM news_articles WHERE delegation_id = ?").param(delegation)
                .query(Long.class).single();
        transactions.executeWithoutResult(s -> demo.load());
        assertThat(jdbc.sql("SELECT count(*) FROM news_articles WHERE delegation_id = ?").param(delegation)
                .query(Long.class).single()).as("loaded once").isEqualTo(articles);
        String path = NewsSeeds.articlePath(jdbc, delegation);
        assertThat(path).startsWith("/tin/ubnd-tp-hcm/uy-ban-nhan-dan-thanh-pho-ho-chi-minh-tiep-doan-khao-sat");
        mvc.perform(get(path)).andExpect(status().isOk());
        assertThat(Jsoup.parse(mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select("#news-sites a").eachAttr("href"))
                .as("the public finds the portal from the home page").contains("/tin/ubnd-tp-hcm");
    }
}
