// End-to-end flow through masto.js, an unmodified Mastodon client library: register an app, sign up two people,
// follow, post with a mention and a hashtag, favourite and boost, read home/public/tag timelines page by page,
// read notifications and thread context, receive a post live over the streaming API, edit and delete, tasks (personal
// and in a group) made and done from posts, a post into a group by mention reaching a group follower as the group's
// boost. Exits non-zero on the first failed expectation.
import { createOAuthAPIClient, createRestAPIClient, createStreamingAPIClient } from "masto";
import assert from "node:assert/strict";

const url = process.argv[2];
const suffix = Date.now().toString(36);
const step = (name) => console.log(`step: ${name}`);

step("register an app");
const anonymous = createRestAPIClient({ url });
const app = await anonymous.v1.apps.create({
  clientName: "masto e2e",
  redirectUris: "urn:ietf:wg:oauth:2.0:oob",
  scopes: "read write follow push",
});
assert.ok(app.clientId && app.clientSecret);

step("app token by client credentials");
const oauth = createOAuthAPIClient({ url });
const appToken = await oauth.token.create({
  grantType: "client_credentials",
  clientId: app.clientId,
  clientSecret: app.clientSecret,
  redirectUri: "urn:ietf:wg:oauth:2.0:oob",
  scope: "read write follow push",
});
const appClient = createRestAPIClient({ url, accessToken: appToken.accessToken });

async function signUp(name) {
  const token = await appClient.v1.accounts.create({
    username: `${name}_${suffix}`,
    email: `${name}_${suffix}@example.org`,
    password: "correct horse battery",
    agreement: true,
    locale: "en",
  });
  const client = createRestAPIClient({ url, accessToken: token.accessToken });
  const me = await client.v1.accounts.verifyCredentials();
  return { client, me, token: token.accessToken };
}

step("sign up alice and bob");
const alice = await signUp("alice");
const bob = await signUp("bob");
assert.equal(alice.me.username, `alice_${suffix}`);

step("bob follows alice");
const rel = await bob.client.v1.accounts.$select(alice.me.id).follow();
assert.equal(rel.following, true);

step("alice posts with a mention and a hashtag");
const tag = `e2e${suffix}`;
const posts = [];
for (let i = 0; i < 3; i++) {
  posts.push(await alice.client.v1.statuses.create({
    status: `post ${i} for @${bob.me.username} #${tag}`,
    visibility: "public",
  }));
}
assert.equal(posts[0].mentions[0].id, bob.me.id);
assert.equal(posts[0].tags[0].name, tag);

step("bob favourites and boosts");
const faved = await bob.client.v1.statuses.$select(posts[0].id).favourite();
assert.equal(faved.favourited, true);
const boost = await bob.client.v1.statuses.$select(posts[1].id).reblog();
assert.equal(boost.reblog.id, posts[1].id);

async function waitFor(fn, what) {
  for (let i = 0; i < 50; i++) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

step("home timeline page by page");
await waitFor(async () => (await bob.client.v1.timelines.home.list({ limit: 40 })).length >= 4, "home fan-out");
const seen = [];
for await (const page of bob.client.v1.timelines.home.list({ limit: 2 })) {
  seen.push(...page.map((s) => s.id));
  if (seen.length > 20) break;
}
for (const p of posts) assert.ok(seen.includes(p.id), `home has ${p.id}`);
assert.ok(seen.includes(boost.id), "home has bob's boost");

step("public and tag timelines");
const pub = await bob.client.v1.timelines.public.list({ limit: 40 });
assert.ok(pub.some((s) => s.id === posts[2].id));
const tagged = [];
for await (const page of anonymous.v1.timelines.tag.$select(tag).list({ limit: 1 })) {
  tagged.push(...page.map((s) => s.id));
  if (tagged.length > 10) break;
}
assert.deepEqual(tagged, posts.map((p) => p.id).reverse());

step("notifications");
await waitFor(async () => (await alice.client.v1.notifications.list()).length >= 3, "notifications");
const alicesNotes = await alice.client.v1.notifications.list();
const types = new Set(alicesNotes.map((n) => n.type));
for (const t of ["follow", "favourite", "reblog"]) assert.ok(types.has(t), `alice has a ${t} notification`);
await waitFor(async () => (await bob.client.v1.notifications.list({ types: ["mention"] })).length >= 3, "mentions");

step("thread context");
const reply = await bob.client.v1.statuses.create({ status: `@${alice.me.username} agreed`, inReplyToId: posts[0].id });
const context = await alice.client.v1.statuses.$select(reply.id).context.fetch();
assert.equal(context.ancestors[0].id, posts[0].id);

step("streaming: a post arrives live on bob's user and hashtag streams");
const streaming = createStreamingAPIClient({ streamingApiUrl: url.replace(/^http/, "ws"), accessToken: bob.token });
const userStream = streaming.user.subscribe();
const tagStream = streaming.hashtag.subscribe({ tag });
// masto.js subscribes when a subscription is first iterated: start reading before the post is made.
const received = [];
const reading = [userStream, tagStream].map(async (subscription) => {
  for await (const event of subscription) {
    received.push(event);
  }
});
// Mastodon does not acknowledge a subscription, so on a busy machine the first post may come before the
// subscription is in place: post again (up to five times) until one arrives on both streams.
let live;
const arrived = (stream) => received.find((e) => e.event === "update" && e.payload.id === live.id && e.stream[0] === stream);
for (let attempt = 0; attempt < 5 && !(live && arrived("user") && arrived("hashtag")); attempt++) {
  await new Promise((r) => setTimeout(r, 1000));
  live = await alice.client.v1.statuses.create({ status: `live ${attempt} #${tag}`, visibility: "public" });
  for (let i = 0; i < 50 && !(arrived("user") && arrived("hashtag")); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
}
assert.ok(arrived("user") && arrived("hashtag"), "the live post on bob's user and hashtag streams");
const onUser = arrived("user");
const onTag = arrived("hashtag");
assert.equal(onUser.payload.account.id, alice.me.id);
assert.deepEqual(onUser.stream, ["user"]);
assert.equal(onTag.payload.tags[0].name, tag);
userStream.unsubscribe();
tagStream.unsubscribe();
streaming.close();
void reading;

step("edit and delete");
const edited = await alice.client.v1.statuses.$select(posts[2].id).update({ status: `edited #${tag}` });
assert.ok(edited.editedAt);
const history = await alice.client.v1.statuses.$select(posts[2].id).history.list();
assert.equal(history.length, 2);
const deleted = await alice.client.v1.statuses.$select(posts[2].id).remove();
assert.equal(deleted.text, `edited #${tag}`);

step("a task from posts: #todo @bob due:tomorrow, done by bob's #done reply");
async function junto(who, path) {
  const r = await fetch(`${url}/api/junto/v1${path}`, { headers: { Authorization: `Bearer ${who.token}` } });
  assert.equal(r.status, 200, `${path} answered ${r.status}`);
  return r.json();
}
const todo = await alice.client.v1.statuses.create({
  status: `#todo @${bob.me.username} fix the roof due:tomorrow`,
  visibility: "public",
});
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
let task;
await waitFor(async () => {
  task = (await junto(alice, `/tasks?creator_id=${alice.me.id}`)).find((t) => t.status_id === todo.id);
  return task !== undefined;
}, "the task");
assert.equal(task.state, "open");
assert.equal(task.due_on, tomorrow);
assert.deepEqual(task.assignees.map((a) => a.id), [bob.me.id]);
let board = await junto(bob, `/tasks/board?assignee_id=${bob.me.id}`);
assert.ok(board.open.some((t) => t.id === task.id), "the board shows the task open");
const done = await bob.client.v1.statuses.create({ status: `@${alice.me.username} #done`, inReplyToId: todo.id });
const finished = await junto(bob, `/tasks/${task.id}`);
assert.equal(finished.state, "done");
assert.deepEqual(finished.history.map((h) => h.kind), ["created", "done"]);
assert.equal(finished.history[1].status_id, done.id);
board = await junto(bob, `/tasks/board?assignee_id=${bob.me.id}`);
assert.ok(board.done.some((t) => t.id === task.id) && !board.open.some((t) => t.id === task.id), "board moved");
const thread = await alice.client.v1.statuses.$select(todo.id).context.fetch();
assert.ok(thread.descendants.some((s) => s.id === done.id), "the #done reply is in the task's thread");

step("a group task: #todo @bob @group due:tomorrow, done by bob's #done reply, and the group's board changes");
const made = await fetch(`${url}/api/junto/v1/groups`, {
  method: "POST",
  headers: { Authorization: `Bearer ${alice.token}`, "Content-Type": "application/json" },
  body: JSON.stringify({ handle: `crew_${suffix}`, display_name: "Crew", privacy: "public" }),
});
assert.equal(made.status, 201, `creating the group answered ${made.status}`);
const crew = await made.json();
// Following a public group from a Mastodon client joins it (FEP-1b12 groups are accounts with group: true).
const joined = await bob.client.v1.accounts.$select(crew.id).follow();
assert.equal(joined.following, true);
const groupTodo = await alice.client.v1.statuses.create({
  status: `#todo @${bob.me.username} @${crew.handle} mend the gate due:tomorrow`,
  visibility: "public",
});
let groupTask;
await waitFor(async () => {
  groupTask = (await junto(alice, `/tasks?group_id=${crew.id}`)).find((t) => t.status_id === groupTodo.id);
  return groupTask !== undefined;
}, "the group's task");
assert.equal(groupTask.group_id, crew.id);
assert.deepEqual(groupTask.assignees.map((a) => a.id), [bob.me.id], "the group is not an assignee");
let groupBoard = await junto(bob, `/tasks/board?group_id=${crew.id}`);
assert.ok(groupBoard.open.some((t) => t.id === groupTask.id), "the group's board shows the task open");
await bob.client.v1.statuses.create({ status: "#done", inReplyToId: groupTodo.id });
groupBoard = await junto(bob, `/tasks/board?group_id=${crew.id}`);
assert.ok(groupBoard.done.some((t) => t.id === groupTask.id), "the group's board moved the task to done");

step("a member posts into the group by mentioning it; the group's boost reaches a group follower's home timeline");
const carol = await signUp("carol");
// carol follows only the group, so the post can reach her home timeline only as the group's boost.
await carol.client.v1.accounts.$select(crew.id).follow();
const intoGroup = await alice.client.v1.statuses.create({
  status: `@${crew.handle} the gate is mended, thanks all`,
  visibility: "public",
});
let groupBoost;
await waitFor(async () => {
  const home = await carol.client.v1.timelines.home.list({ limit: 40 });
  groupBoost = home.find((s) => s.reblog && s.reblog.id === intoGroup.id);
  return groupBoost !== undefined;
}, "the group's boost in carol's home timeline");
assert.equal(groupBoost.account.id, crew.id, "the boost is the group's");
assert.equal(groupBoost.account.group, true, "the group is an account with group: true");

step("instance information");
const instance = await anonymous.v2.instance.fetch();
assert.equal(instance.configuration.statuses.maxCharacters, 500);

console.log("masto e2e: all steps passed");
// The streaming client may keep reconnect timers alive; the flow is over.
process.exit(0);
