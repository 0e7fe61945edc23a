/**
 * Live delivery of what happens, to whoever is connected and allowed to see it. The {@link org.junto.streaming.LiveStreams}
 * port is what doors (the Mastodon streaming API, the web app's SSE) subscribe to; behind it an event bus (in-process
 * by default, Redis in cluster mode) carries events between nodes. Every delivery is already filtered by the one
 * visibility policy for the subscriber.
 */
package org.junto.streaming;
