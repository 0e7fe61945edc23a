package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import tools.jackson.databind.JsonNode;

/** Offers and needs and the contributions page over plain HTTP, as a browser without JavaScript uses them. */
class OffersNeedsPagesTest extends ApiTest {

    private JsonNode post(TestUser author, String text) {
        var r = client(author.token()).postForm("/api/v1/statuses", Map.of("status", text));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private String idOf(JsonNode status) {
        JsonNode list = client().get("/api/junto/v1/offers_needs?limit=40").json();
        for (JsonNode item : list) {
            if (item.get("status_id").asString().equals(status.get("id").asString())) {
                return item.get("id").asString();
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void listFilterAcceptWithdrawAndSeeMatchesFromThePages() {
        TestUser ana = fixtures.user("ana");
        TestUser ben = fixtures.user("ben");
        String topic = "soup" + ana.id();
        JsonNode offer = post(ana, "#offer a <b>pot</b> of soup #" + topic);
        JsonNode need = post(ben, "#need dinner for four #" + topic);
        post(ben, "#need a tall ladder #other" + ana.id());
        fixtures.drainJobs();
        String offerId = idOf(offer);
        String needId = idOf(need);

        Browser visitor = new Browser(port);
        Browser.Page all = visitor.get("/offers_needs?topic=%23" + topic);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body())
                .contains("a &lt;b&gt;pot&lt;/b&gt; of soup")
                .doesNotContain("<b>pot</b>")
                .contains("dinner for four")
                .doesNotContain("a tall ladder")
                .contains("href=\"/offers_needs/" + offerId + "\"");
        assertThat(visitor.get("/offers_needs?kind=need&topic=" + topic).body())
                .doesNotContain("of soup")
                .contains("dinner for four");
        assertThat(visitor.get("/offers_needs?topic=nothing" + topic).body())
                .contains("Nothing open matches this filter.");
        assertThat(visitor.get("/offers_needs?kind=bogus").status()).isEqualTo(422);

        Browser.Page needPage = visitor.get("/offers_needs/" + needId);
        assertThat(needPage.body())
                .contains("Offers that could meet this need")
                .contains("href=\"/offers_needs/" + offerId + "\"")
                .contains("% match")
                .contains("People who could help")
                .contains("href=\"/@" + ben.username() + "/" + need.get("id").asString() + "\"")
                .contains("Sign in</a> to accept");

        Browser anaBrowser = Browser.signedIn(port, ana);
        Browser.Page asAna = anaBrowser.get("/offers_needs/" + needId);
        assertThat(asAna.body()).contains("Offer your help").doesNotContain(">Withdraw<");
        Browser.Page accepted = anaBrowser.post(
                "/offers_needs/" + needId + "/accept", Map.of("note", "I cook on Fridays", "_csrf", asAna.csrf()));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.location()).endsWith("/offers_needs/" + needId);
        assertThat(anaBrowser.get("/offers_needs/" + needId).body())
                .contains("<strong>accepted</strong>")
                .contains(">" + ana.username() + "</a> helps");
        Browser.Page again =
                anaBrowser.post("/offers_needs/" + needId + "/accept", Map.of("note", "", "_csrf", asAna.csrf()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already accepted");

        Browser.Page offerPage = anaBrowser.get("/offers_needs/" + offerId);
        assertThat(offerPage.body()).contains(">Withdraw<").contains("Needs this offer could meet");
        assertThat(anaBrowser
                        .post("/offers_needs/" + offerId + "/withdraw", Map.of("_csrf", offerPage.csrf()))
                        .status())
                .isEqualTo(302);
        assertThat(visitor.get("/offers_needs/" + offerId).body()).contains("<strong>withdrawn</strong>");
        assertThat(visitor.get("/offers_needs?topic=" + topic).body())
                .as("the community page lists open ones")
                .contains("Nothing open matches this filter.")
                .doesNotContain("of soup");

        Browser benBrowser = Browser.signedIn(port, ben);
        assertThat(benBrowser
                        .post("/offers_needs/" + offerId + "/withdraw", Map.of("_csrf", asAna.csrf()))
                        .status())
                .as("someone else's offer")
                .isIn(403);
        assertThat(new Browser(port)
                        .post("/offers_needs/" + offerId + "/accept", Map.of())
                        .status())
                .isIn(401, 403);
    }

    @Test
    void theCommunityPageShowsTwentyAtATimeWithALinkToOlderOnes() {
        TestUser ana = fixtures.user("ana");
        String topic = "page" + ana.id();
        for (int i = 1; i <= 21; i++) {
            post(ana, "#offer help number " + i + "! #" + topic);
        }
        Browser visitor = new Browser(port);
        Browser.Page first = visitor.get("/offers_needs?topic=" + topic);
        assertThat(first.body())
                .contains("help number 21!")
                .contains("help number 2!")
                .doesNotContain("help number 1!");
        String next = first.body()
                .replaceAll("(?s).*<p class=\"more\"><a href=\"([^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        assertThat(next).startsWith("/offers_needs?kind=&topic=" + topic + "&max_id=");
        Browser.Page second = visitor.get(next);
        assertThat(second.body()).contains("help number 1!").doesNotContain("help number 2!");
        assertThat(second.body()).doesNotContain("class=\"more\"");
    }

    @Test
    void theProfileShowsAYearOfContributionsCountsAndCollaborators() {
        TestUser ana = fixtures.user("ana");
        TestUser ben = fixtures.user("ben");
        JsonNode first = post(ana, "Hello");
        client(ben.token())
                .postForm(
                        "/api/v1/statuses",
                        Map.of(
                                "status",
                                "@" + ana.username() + " hi",
                                "in_reply_to_id",
                                first.get("id").asString()));
        fixtures.drainJobs();
        Browser.Page page = new Browser(port).get("/@" + ben.username() + "/contributions");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("aria-current=\"page\">Contributions</a>")
                .contains("<svg role=\"img\" aria-labelledby=\"heatmap-title heatmap-desc\"")
                .contains("<title id=\"heatmap-title\">")
                .contains("1 contributions in the last 365 days")
                .contains("Contributions by month (table)")
                .contains("class=\"level-4\"")
                .contains("<strong>1</strong> <span>reply</span>")
                .contains("href=\"/@" + ana.username() + "\"");
        assertThat(new Browser(port)
                        .get("/@nobody" + ana.id() + "/contributions")
                        .status())
                .isEqualTo(404);
        TestUser quiet = fixtures.user("quiet");
        assertThat(new Browser(port)
                        .get("/@" + quiet.username() + "/contributions")
                        .body())
                .contains("No contributions yet.")
                .contains("No collaborators yet.");
    }
}
