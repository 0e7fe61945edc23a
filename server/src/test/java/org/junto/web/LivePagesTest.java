package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junto.core.Visibility;
import org.junto.statuses.Status;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import org.junto.testing.StatusFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The live pages over the real event bus: a group's page, a hashtag's and a thread's connection ({@code /web/live}
 * with {@code group}, {@code tag} or {@code thread}) receive new posts as cards, checked against each viewer as the
 * page's own read is: a closed group's posts reach its members only, a followers-only reply no visitor.
 */
class LivePagesTest extends ApiTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofSeconds(2);

    @Autowired
    ApplicationContext context;

    StatusFixtures statuses;

    @BeforeEach
    void setUp() {
        statuses = new StatusFixtures(context);
    }

    /** The events that arrive within {@code wait}, until one named {@code name} (included) or the time is up. */
    private static List<String[]> until(Browser.EventStream live, String name, Duration wait)
            throws InterruptedException {
        List<String[]> seen = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String[] event = live.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event == null) {
                break;
            }
            seen.add(event);
            if (event[0].equals(name)) {
                break;
            }
        }
        return seen;
    }

    private static String[] named(List<String[]> events, String name) {
        return events.stream().filter(e -> e[0].equals(name)).findFirst().orElse(null);
    }

    @Test
    void aClosedGroupsPageGetsItsNewPostsLiveForMembersOnly() throws Exception {
        TestUser owner = fixtures.user("owner");
        TestUser member = fixtures.user("member");
        TestUser outsider = fixtures.user("outsider");
        var groups = new GroupFixtures(this);
        JsonNode group = groups.group(owner, "Livecrew", "closed");
        String id = group.get("id").asString();
        groups.admit(owner, member, "groups", id);
        Browser memberBrowser = Browser.signedIn(port, member);
        assertThat(memberBrowser
                        .get("/groups/" + group.get("handle").asString())
                        .body())
                .contains("sse-connect=\"/web/live?group=" + id + "\"")
                .contains("sse-swap=\"group\"");

        try (Browser.EventStream memberLive = memberBrowser.events("/web/live?group=" + id);
                Browser.EventStream outsiderLive =
                        Browser.signedIn(port, outsider).events("/web/live?group=" + id);
                Browser.EventStream anonymousLive = new Browser(port).events("/web/live?group=" + id)) {
            assertThat(memberLive.status()).isEqualTo(200);
            assertThat(outsiderLive.status()).isEqualTo(200);
            assertThat(anonymousLive.status()).isEqualTo(200);
            var posted = client(owner.token())
                    .postForm(
                            "/api/v1/statuses",
                            Map.of("status", "@" + group.get("handle").asString() + " meet at <noon>"));
            assertThat(posted.status()).as(posted.body()).isEqualTo(200);
            String statusId = posted.json().get("id").asString();
            fixtures.drainJobs();

            String[] card = named(until(memberLive, "group", WAIT), "group");
            assertThat(card).as("the member's group page receives the post").isNotNull();
            assertThat(card[1]).contains("id=\"status-" + statusId + "\"").contains("meet at &lt;noon&gt;");
            assertThat(named(until(outsiderLive, "group", QUIET), "group"))
                    .as("an outsider naming the group receives nothing of it")
                    .isNull();
            assertThat(until(anonymousLive, "group", QUIET))
                    .as("nor does a visitor")
                    .noneMatch(e -> e[1].contains(statusId));
        }
    }

    @Test
    void aThreadPageGetsRepliesAtAnyDepthAndAHashtagPageItsPosts() throws Exception {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        Status root = statuses.post(alice, "A question for everyone");
        fixtures.drainJobs();
        String threadPath = "/@" + alice.username() + "/" + root.id();
        assertThat(new Browser(port).get(threadPath).body())
                .contains("sse-connect=\"/web/live?thread=" + root.id() + "\"")
                .contains("sse-swap=\"reply\"");
        assertThat(new Browser(port).get("/tags/LiveTag").body()).contains("sse-connect=\"/web/live?tag=LiveTag\"");

        try (Browser.EventStream thread = new Browser(port).events("/web/live?thread=" + root.id());
                Browser.EventStream tag = new Browser(port).events("/web/live?tag=livetag")) {
            assertThat(thread.status()).isEqualTo(200);
            assertThat(tag.status()).isEqualTo(200);
            Status reply = statuses.reply(bob, root, "An answer", Visibility.PUBLIC);
            fixtures.drainJobs();
            String[] first = named(until(thread, "reply", WAIT), "reply");
            assertThat(first).isNotNull();
            assertThat(first[1]).contains("id=\"status-" + reply.id() + "\"");

            Status deeper = statuses.reply(alice, reply, "A follow-up #LiveTag", Visibility.PUBLIC);
            Status hidden = statuses.reply(bob, deeper, "For my followers only", Visibility.PRIVATE);
            fixtures.drainJobs();
            List<String[]> events = until(thread, "none", QUIET);
            assertThat(events.stream().filter(e -> e[0].equals("reply")).map(e -> e[1]))
                    .as("replies below replies reach the root's page; a followers-only one no visitor")
                    .anyMatch(html -> html.contains("id=\"status-" + deeper.id() + "\""))
                    .noneMatch(html -> html.contains("id=\"status-" + hidden.id() + "\""));
            String[] tagged = named(until(tag, "tag", WAIT), "tag");
            assertThat(tagged).isNotNull();
            assertThat(tagged[1]).contains("id=\"status-" + deeper.id() + "\"");
        }
    }
}
