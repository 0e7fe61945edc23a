package org.junto.bench;

/** What the seeder made, by account index: ids, usernames and bearer tokens (the plain values; only hashes are stored). */
record Population(
        long[] accountIds, String[] usernames, String[] tokens, SocialGraph graph, long statuses, long homeFeedRows) {

    int size() {
        return accountIds.length;
    }
}
