package org.junto.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junto.testing.ApiTest;
import org.junto.testing.Browser;
import org.junto.testing.Fixtures.TestUser;
import org.junto.testing.GroupFixtures;
import tools.jackson.databind.JsonNode;

/**
 * A group's whole life on the web pages, as a browser without JavaScript uses them: each form posts, redirects back
 * and the next page says what happened (or why not), with the same role rules as the Junto API.
 */
class GroupManagementPagesTest extends ApiTest {

    /** Posts a form of {@code page} (its CSRF token added) and follows the redirect: the page a person lands on. */
    private static Browser.Page submit(Browser browser, String page, String action, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("_csrf", browser.get(page).csrf());
        Browser.Page answer = browser.post(action, form);
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        return browser.get(answer.location());
    }

    private String roleOf(TestUser asker, String groupId, TestUser member) {
        JsonNode list = client(asker.token())
                .get("/api/junto/v1/groups/" + groupId + "/members")
                .json();
        for (JsonNode m : list) {
            if (m.get("account").get("id").asString().equals(member.idString())) {
                return m.get("role").asString();
            }
        }
        return null;
    }

    @Test
    void settingsInvitationsRolesBansTransferAndDeletion() {
        TestUser owner = fixtures.user("owner");
        TestUser invitee = fixtures.user("invitee");
        TestUser linked = fixtures.user("linked");
        TestUser late = fixtures.user("late");
        JsonNode group = new GroupFixtures(this).group(owner, "Crew", "public");
        String id = group.get("id").asString();
        String handle = group.get("handle").asString();
        String base = "/groups/" + handle;
        Browser ownerBrowser = Browser.signedIn(port, owner);
        String settings = base + "/settings";

        Browser.Page saved = submit(
                ownerBrowser,
                settings,
                settings,
                Map.of(
                        "display_name",
                        "Crew <b>2</b>",
                        "note",
                        "We fix bikes",
                        "rules",
                        "No spam",
                        "privacy",
                        "closed"));
        assertThat(saved.body()).contains("Settings saved.").contains("Crew &lt;b&gt;2&lt;/b&gt;");
        JsonNode edited =
                client(owner.token()).get("/api/junto/v1/groups/" + id).json();
        assertThat(edited.get("privacy").asString()).isEqualTo("closed");
        assertThat(edited.get("rules").asString()).isEqualTo("No spam");

        Browser.Page invited =
                submit(ownerBrowser, settings, base + "/invitations", Map.of("account", "@" + invitee.username()));
        assertThat(invited.body()).contains("Invited @" + invitee.username());
        Browser.Page unknown =
                submit(ownerBrowser, settings, base + "/invitations", Map.of("account", "@nobody_here_at_all"));
        assertThat(unknown.body()).contains("role=\"alert\"").contains("Nobody here is called @nobody_here_at_all");
        Browser inviteeBrowser = Browser.signedIn(port, invitee);
        Browser.Page joined = submit(inviteeBrowser, base, base + "/join", Map.of());
        assertThat(joined.body()).contains("Welcome: you are a member now.").contains("You: member");

        Browser.Page made =
                submit(ownerBrowser, settings, base + "/invite_links", Map.of("max_uses", "1", "expires_in", "86400"));
        String link = made.inputs().get("invite-link") != null
                ? made.inputs().get("invite-link")
                : made.body().replaceAll("(?s).*id=\"invite-link\"[^>]*value=\"([^\"]+)\".*", "$1");
        assertThat(link).contains("/invite/");
        String invitePath = link.substring(link.indexOf("/invite/"));
        assertThat(made.body()).contains("0 used of 1");
        Browser.Page badLink = submit(ownerBrowser, settings, base + "/invite_links", Map.of("max_uses", "lots"));
        assertThat(badLink.body()).contains("max uses must be a whole number");

        assertThat(new Browser(port).get(invitePath).body())
                .contains("Crew &lt;b&gt;2&lt;/b&gt;")
                .contains("Sign in");
        Browser linkedBrowser = Browser.signedIn(port, linked);
        Browser.Page accepted = submit(linkedBrowser, invitePath, invitePath, Map.of());
        assertThat(accepted.body()).contains("Welcome: you are a member now.").contains("You: member");
        Browser.Page usedUp = submit(Browser.signedIn(port, late), invitePath, invitePath, Map.of());
        assertThat(usedUp.body()).contains("used up");
        assertThat(roleOf(owner, id, late)).isNull();
        assertThat(new Browser(port).get("/invite/not-a-real-code").status()).isEqualTo(404);

        String members = base + "/members";
        Browser.Page promoted = submit(
                ownerBrowser, members, members + "/" + invitee.idString() + "/role", Map.of("role", "moderator"));
        assertThat(promoted.body()).contains("@" + invitee.username() + " is now moderator.");
        assertThat(roleOf(owner, id, invitee)).isEqualTo("moderator");
        Browser.Page modView = inviteeBrowser.get(members);
        assertThat(modView.body())
                .as("a moderator manages the members below it, not the owner")
                .contains(members + "/" + linked.idString() + "/remove")
                .doesNotContain(members + "/" + owner.idString() + "/remove")
                .doesNotContain("/role\"");
        Browser.Page refused = submit(inviteeBrowser, members, members + "/" + owner.idString() + "/ban", Map.of());
        assertThat(refused.body()).contains("Only members below your own role");

        Browser.Page banned = submit(inviteeBrowser, members, members + "/" + linked.idString() + "/ban", Map.of());
        assertThat(banned.body()).contains("@" + linked.username() + " was banned.");
        assertThat(roleOf(owner, id, linked)).isNull();
        Browser.Page queue = inviteeBrowser.get(base + "/moderation");
        assertThat(queue.body()).contains(linked.username()).contains("/bans/" + linked.idString() + "/unban");
        Browser.Page lifted =
                submit(inviteeBrowser, base + "/moderation", base + "/bans/" + linked.idString() + "/unban", Map.of());
        assertThat(lifted.body()).contains("The ban was lifted.").contains("Nobody is banned.");
        Browser.Page bannedByHandle =
                submit(inviteeBrowser, base + "/moderation", base + "/bans", Map.of("account", late.username()));
        assertThat(bannedByHandle.body()).contains("/bans/" + late.idString() + "/unban");

        assertThat(Browser.signedIn(port, late).get(settings).status())
                .as("settings are for members")
                .isEqualTo(403);
        Browser.Page notOwner = submit(inviteeBrowser, settings, base + "/delete", Map.of("confirm", handle));
        assertThat(notOwner.body()).contains("This needs the role owner");

        Browser.Page transferred =
                submit(ownerBrowser, settings, base + "/transfer", Map.of("account", invitee.username()));
        assertThat(transferred.body()).contains("is the owner now");
        assertThat(roleOf(owner, id, invitee)).isEqualTo("owner");
        assertThat(roleOf(owner, id, owner)).isEqualTo("admin");

        Browser.Page wrong = submit(inviteeBrowser, settings, base + "/delete", Map.of("confirm", "something"));
        assertThat(wrong.body()).contains("confirm must repeat the handle");
        assertThat(client().get("/api/junto/v1/groups/" + id).status()).isEqualTo(200);
        Browser.Page deleted = submit(inviteeBrowser, settings, base + "/delete", Map.of("confirm", handle));
        assertThat(deleted.body()).contains("was deleted with its posts");
        assertThat(client().get("/api/junto/v1/groups/" + id).status()).isEqualTo(404);
        assertThat(ownerBrowser.get(base).status()).isEqualTo(404);
    }

    @Test
    void organizationsListTheirGroupsAndAdminsStartOne() {
        TestUser owner = fixtures.user("owner");
        JsonNode org = new GroupFixtures(this).organization(owner, "Coop", "public");
        String orgPath = "/organizations/" + org.get("handle").asString();
        Browser ownerBrowser = Browser.signedIn(port, owner);
        assertThat(ownerBrowser.get(orgPath).body()).contains("Start a group of this organization");
        String handle = "orgteam" + owner.id() % 100000;
        Browser.Page made = submit(
                ownerBrowser,
                orgPath,
                "/groups",
                Map.of(
                        "handle",
                        handle,
                        "display_name",
                        "Org team",
                        "privacy",
                        "public",
                        "organization_id",
                        org.get("id").asString()));
        assertThat(made.body()).contains("Created.");
        assertThat(new Browser(port).get(orgPath).body()).contains("/groups/" + handle);
        assertThat(ownerBrowser.get("/organizations").body())
                .contains("Your organizations")
                .contains("Coop");
        Browser.Page duplicate =
                submit(ownerBrowser, "/groups", "/groups", Map.of("handle", handle, "display_name", "Again"));
        assertThat(duplicate.body()).contains("role=\"alert\"");
    }
}
