package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junto.statuses.Status;
import org.junto.streaming.Stream;
import org.junto.streaming.StreamEvent;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.OAuthFlow;
import org.junto.testing.StatusFixtures;
import org.junto.testing.TestLiveStreams;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code /web/live} on its own: the test plays the event bus (a test {@code LiveStreams}) and checks what the
 * endpoint subscribes to and the HTML fragments it sends for each Mastodon stream event, rendered for the viewer.
 */
@Import(TestLiveStreams.class)
class LiveEndpointTest extends ApiTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Autowired
    ApplicationContext context;

    @Autowired
    TestLiveStreams.Hub hub;

    StatusFixtures statuses;

    @BeforeEach
    void setUp() {
        statuses = new StatusFixtures(context);
    }

    @Test
    void aSignedInViewerGetsHomeCardsCountsEditsDeletionsAndTheBadge() throws Exception {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        Browser browser = new Browser(port);
        browser.signIn(bob.username(), OAuthFlow.PASSWORD);
        assertThat(browser.get("/").body()).contains("sse-connect=\"/web/live\"");
        Status post = statuses.post(alice, "<b>live</b> words");
        statuses.favourite(bob, post);
        fixtures.drainJobs();

        try (Browser.EventStream live = browser.events("/web/live")) {
            assertThat(live.status()).isEqualTo(200);
            awaitSubscribed(bob.id(), Stream.of("user"));

            hub.deliver(bob.id(), new StreamEvent(Stream.of("user"), "update", post.id()));
            String[] card = live.next(WAIT);
            assertThat(card[0]).isEqualTo("home");
            assertThat(card[1])
                    .contains("id=\"status-" + post.id() + "\"")
                    .contains("&lt;b&gt;live&lt;/b&gt; words")
                    .contains("aria-label=\"Favourite, 1 favourites\"")
                    .contains("aria-pressed=\"true\"");

            hub.deliver(bob.id(), new StreamEvent(Stream.of("user"), "junto.counts", post.id()));
            String[] counts = live.next(WAIT);
            assertThat(counts[0]).isEqualTo("counts-" + post.id());
            assertThat(counts[1]).startsWith("<div class=\"status-actions\"");

            statuses.edit(alice, post, "edited words");
            hub.deliver(bob.id(), new StreamEvent(Stream.of("user"), "status.update", post.id()));
            String[] edit = live.next(WAIT);
            assertThat(edit[0]).isEqualTo("edit-" + post.id());
            assertThat(edit[1]).contains("edited words");

            hub.deliver(bob.id(), new StreamEvent(Stream.of("user"), "delete", post.id()));
            assertThat(live.next(WAIT)[0]).isEqualTo("delete-" + post.id());
        }
    }

    @Test
    void aNotificationUpdatesTheBadgeAndTheList() throws Exception {
        TestUser alice = fixtures.user("alice");
        TestUser bob = fixtures.user("bob");
        Status post = statuses.post(bob, "bob's post");
        Browser browser = new Browser(port);
        browser.signIn(bob.username(), OAuthFlow.PASSWORD);
        statuses.favourite(alice, post);
        fixtures.drainJobs();
        long notificationId = Long.parseLong(client(bob.token())
                .get("/api/v1/notifications")
                .json()
                .get(0)
                .get("id")
                .asText());

        try (Browser.EventStream live = browser.events("/web/live")) {
            awaitSubscribed(bob.id(), Stream.of("user"));
            hub.deliver(bob.id(), new StreamEvent(Stream.of("user"), "notification", notificationId));

            String[] badge = live.next(WAIT);
            assertThat(badge[0]).isEqualTo("badge");
            assertThat(badge[1]).contains("id=\"unread-badge\"").contains(">1</span>");
            String[] item = live.next(WAIT);
            assertThat(item[0]).isEqualTo("notification");
            assertThat(item[1]).contains("favourited your post").contains("bob&#39;s post");
        }
    }

    @Test
    void visitorsGetTheLocalTimelineOnlyAndNothingTheyMayNotSee() throws Exception {
        TestUser alice = fixtures.user("alice");
        Status secret = statuses.post(alice, "followers only", org.junto.core.Visibility.PRIVATE);
        Status open = statuses.post(alice, "for everyone");
        Browser visitor = new Browser(port);

        try (Browser.EventStream live = visitor.events("/web/live")) {
            assertThat(live.status()).isEqualTo(200);
            awaitSubscribed(null, Stream.of("public:local"));
            assertThat(hub.streamsOf(null)).doesNotContain(Stream.of("user"));

            // Even if a bus delivered a status the viewer may not see, the page would not show it.
            hub.deliver(null, new StreamEvent(Stream.of("public:local"), "update", secret.id()));
            hub.deliver(null, new StreamEvent(Stream.of("public:local"), "update", open.id()));
            String[] card = live.next(WAIT);
            assertThat(card[0]).isEqualTo("local");
            assertThat(card[1]).contains("for everyone").doesNotContain("followers only");
            assertThat(card[1]).doesNotContain("/favourite");
        }
    }

    @Test
    void closingTheConnectionEndsTheSubscription() throws Exception {
        TestUser carol = fixtures.user("carol");
        Browser browser = new Browser(port);
        browser.signIn(carol.username(), OAuthFlow.PASSWORD);
        Browser.EventStream live = browser.events("/web/live");
        awaitSubscribed(carol.id(), Stream.of("user"));

        live.close();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!hub.streamsOf(carol.id()).isEmpty() && System.currentTimeMillis() < deadline) {
            hub.deliver(carol.id(), new StreamEvent(Stream.of("user"), "delete", 1));
            Thread.sleep(50);
        }
        assertThat(hub.streamsOf(carol.id())).isEmpty();
        assertThat(browser.post("/statuses", Map.of()).status()).isEqualTo(403);
    }

    private void awaitSubscribed(Long viewer, Stream stream) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (!hub.streamsOf(viewer).contains(stream) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(hub.streamsOf(viewer)).contains(stream);
    }
}
