package org.junto.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junto.JuntoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * One Junto node of a test cluster: a whole application context with its own web server on a random port, in
 * cluster mode (the given database and {@link TestRedis} under the given prefix), as a separate JVM would run it.
 * Several nodes in one JVM share nothing but what a real cluster shares: the database and Redis.
 */
public final class ClusterNode implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final int port;

    private ClusterNode(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Starts a node named {@code name} (property {@code junto.test.node-name}) with {@code properties} on top of the
     * cluster settings; {@code extraBeans} are registered as beans, as test handlers need to be.
     */
    public static ClusterNode start(
            String name,
            String databaseUrl,
            String redisPrefix,
            Map<String, Object> properties,
            Class<?>... extraBeans) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("junto.database-url", databaseUrl);
        settings.put("junto.data-dir", tempDir());
        settings.put("junto.redis-url", TestRedis.URL);
        settings.put("junto.redis-prefix", redisPrefix);
        settings.put("junto.domain", "cluster.test");
        settings.put("junto.scheme", "https");
        settings.put("junto.streaming.heartbeat-seconds", "2");
        settings.put("junto.test.node-name", name);
        settings.putAll(properties);
        Class<?>[] sources = new Class<?>[extraBeans.length + 2];
        sources[0] = JuntoApplication.class;
        sources[1] = Fixtures.class;
        System.arraycopy(extraBeans, 0, sources, 2, extraBeans.length);
        // As arguments, not default properties: those would lose to application.yml's defaults (server.port).
        String[] args = settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new ClusterNode(new SpringApplicationBuilder(sources)
                .initializers(context -> context.getBeanFactory().registerSingleton("testTypes", new TestTypes()))
                .run(args));
    }

    /**
     * Keeps test-only configurations (such as {@link TestLiveStreams}) out of the node's component scan, as
     * {@code @SpringBootTest}'s own filter does for its contexts; a node is the real application.
     */
    public static final class TestTypes extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            AnnotationMetadata type = reader.getAnnotationMetadata();
            String testComponent = TestComponent.class.getName();
            return type.hasAnnotation(testComponent) || type.hasMetaAnnotation(testComponent);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestTypes;
        }

        @Override
        public int hashCode() {
            return TestTypes.class.hashCode();
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("junto-node-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Fixtures fixtures() {
        return context.getBean(Fixtures.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Client client() {
        return new Client("http://127.0.0.1:" + port, null);
    }

    public Client client(String token) {
        return new Client("http://127.0.0.1:" + port, token);
    }

    @Override
    public void close() {
        context.close();
    }
}
