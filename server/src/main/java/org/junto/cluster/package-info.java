/**
 * Cluster mode: what several Junto nodes share besides the database. When {@code junto.redis-url}
 * ({@code JUNTO_REDIS_URL}) is set, {@link org.junto.cluster.ClusterRedis} connects to Redis and the modules that need
 * it (the stream bus, the rate limits) choose their Redis implementations by {@link org.junto.cluster.ClusterMode};
 * otherwise nothing here starts and the node runs embedded.
 */
package org.junto.cluster;
