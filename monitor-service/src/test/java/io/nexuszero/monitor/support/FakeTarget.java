package io.nexuszero.monitor.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP health endpoint on 127.0.0.1 that a test can switch between healthy, failing (503), slow and
 * hanging (accepts the request and never answers until closed).
 */
public final class FakeTarget implements AutoCloseable {

    public enum Mode { OK, FAIL, SLOW, HANG }

    private final HttpServer server;
    private final ExecutorService threads;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Mode mode = Mode.OK;
    private volatile long slowMillis = 0;
    private volatile String body = "{\"status\":\"ok\"}";
    private volatile String lastAuthorization;

    private FakeTarget() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-target");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeTarget start() {
        try {
            return new FakeTarget();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/health";
    }

    public FakeTarget answer(Mode newMode) {
        this.mode = newMode;
        return this;
    }

    /** Answers 200 after the delay. */
    public FakeTarget slow(long millis) {
        this.slowMillis = millis;
        this.mode = Mode.SLOW;
        return this;
    }

    public FakeTarget body(String json) {
        this.body = json;
        return this;
    }

    /** The Authorization header of the latest request, or null. */
    public String lastAuthorization() {
        return lastAuthorization;
    }

    /** The URL with credentials in its user-info part. */
    public String urlWithCredentials(String user, String password) {
        return "http://" + user + ":" + password + "@127.0.0.1:" + server.getAddress().getPort() + "/health";
    }

    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        try {
            switch (mode) {
                case OK -> respond(exchange, 200, body);
                case FAIL -> respond(exchange, 503, "{\"status\":\"down\"}");
                case SLOW -> {
                    sleep(slowMillis);
                    respond(exchange, 200, body);
                }
                case HANG -> {
                    // Hold the connection open without a byte of response until the test closes the server.
                    awaitClose(TimeUnit.MINUTES.toMillis(2));
                }
            }
        } finally {
            exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void awaitClose(long millis) {
        try {
            closing.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
