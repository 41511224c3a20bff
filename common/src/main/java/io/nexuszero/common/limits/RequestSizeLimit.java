package io.nexuszero.common.limits;

import io.nexuszero.common.errors.ApiException;
import jakarta.annotation.Priority;
import jakarta.servlet.Filter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Refuses bodies above {@code maxBytes} with 413: at once when Content-Length says so, and while reading when the
 * body is chunked, so an oversized body is never buffered or parsed.
 *
 * <p>Some routes may take larger bodies ({@code routeLimits}, e.g. crypto-service's proof verification, whose proofs
 * over thousands of values are megabytes). Such a "large" body — above {@code maxBytes} — also needs one of
 * {@code largeRequestPermits} permits for as long as its request runs, because parsing it costs a few times its size
 * in heap: without a free permit it gets 503 {@code too_many_large_requests} with Retry-After, so a burst of large
 * bodies queues at the client instead of exhausting the heap.
 *
 * <p>Before answering, the rest of a refused body is read and thrown away while the whole body stays within
 * {@code maxSwallowedBytes} (Tomcat's "maxSwallowSize"). Why: Jetty closes a connection that still has unread
 * request bytes as soon as more arrive, and a close with unread bytes is a TCP reset, which can reach the client
 * before it has read the 413, so it sees "connection reset" instead of the answer. A swallowed body costs
 * network reads into one small buffer, never memory; the connection then stays usable. Bodies beyond the swallow
 * limit, and bodies the client has not sent yet ({@code Expect: 100-continue}), get the 413 at once with
 * {@code Connection: close}.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {

    private static final int SWALLOW_BUFFER_BYTES = 8 * 1024;
    private static final String PERMIT = RequestSizeLimit.class.getName() + ".permit";
    private static final int RETRY_AFTER_SECONDS = 2;
    /** Largest route limit: Jackson's string limit follows it as an int, and no proof comes near it. */
    private static final long MAX_ROUTE_BYTES = 1L << 30;

    private final long maxBytes;
    private final long maxSwallowedBytes;
    private final Map<String, Long> routeLimits;
    private final Semaphore largeRequests;

    /**
     * @param routeLimits        larger limits by request path ("/v1/proofs/verify"), each at least {@code maxBytes}
     *                           and at most 1 GiB
     * @param largeRequestPermits how many requests with a body above {@code maxBytes} may run at once (≥ 1)
     * @throws IllegalArgumentException naming the setting, if a route or the permits are out of bounds
     */
    public RequestSizeLimit(long maxBytes, long maxSwallowedBytes, Map<String, Long> routeLimits,
                            int largeRequestPermits) {
        if (largeRequestPermits < 1) {
            throw new IllegalArgumentException("maxConcurrentLargeRequests must be at least 1");
        }
        routeLimits.forEach((path, limit) -> {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("largeBodyRoutes: path " + path + " must start with /");
            }
            if (limit < maxBytes) {
                throw new IllegalArgumentException("largeBodyRoutes: the limit of " + path
                        + " must not be below maxRequestBodySize (" + maxBytes + " bytes)");
            }
            if (limit > MAX_ROUTE_BYTES) {
                throw new IllegalArgumentException("largeBodyRoutes: the limit of " + path + " exceeds 1 GiB");
            }
        });
        this.maxBytes = maxBytes;
        this.maxSwallowedBytes = maxSwallowedBytes;
        this.routeLimits = Map.copyOf(routeLimits);
        this.largeRequests = new Semaphore(largeRequestPermits);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitOf(request);
        long declared = declaredLength(request);
        if (declared > limit) {
            throw tooLarge(limit, swallowedBeforeRefusing(request, declared));
        }
        if (declared > maxBytes && !acquireLargeRequestPermit(request)) {
            throw busy(swallowedBeforeRefusing(request, declared));
        }
        if (request.hasEntity()) {
            request.setEntityStream(new BoundedInputStream(request.getEntityStream(), limit, request));
        }
    }

    /**
     * The servlet filter that returns a large body's permit once its request has left the server, whatever happened
     * inside (Jersey's request properties are the servlet request's attributes); register it for every path.
     */
    public Filter permitRelease() {
        return (request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            } finally {
                if (request.getAttribute(PERMIT) != null) {
                    request.removeAttribute(PERMIT);
                    largeRequests.release();
                }
            }
        };
    }

    /** The largest body any route accepts. */
    public long largestLimit() {
        return routeLimits.values().stream().mapToLong(Long::longValue).max().orElse(maxBytes);
    }

    private long limitOf(ContainerRequestContext request) {
        if (routeLimits.isEmpty()) {
            return maxBytes;
        }
        return routeLimits.getOrDefault("/" + request.getUriInfo().getPath(false), maxBytes);
    }

    /** Takes a large-body permit for this request unless it holds one already; false if none is free. */
    private boolean acquireLargeRequestPermit(ContainerRequestContext request) {
        if (request.getProperty(PERMIT) != null) {
            return true;
        }
        if (!largeRequests.tryAcquire()) {
            return false;
        }
        request.setProperty(PERMIT, Boolean.TRUE);
        return true;
    }

    /** 503 for a large body without a free permit; like a 413, the connection closes unless the body was read. */
    private ApiException busy(boolean swallowed) {
        return refusal(503, "too_many_large_requests",
                "Too many requests with bodies above " + maxBytes + " bytes are running; retry shortly", swallowed,
                Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
    }

    /**
     * A refusal before reading the declared body: the rest is swallowed when the whole body is within the swallow
     * limit and the client is already sending it.
     */
    private boolean swallowedBeforeRefusing(ContainerRequestContext request, long declared) {
        return declared <= maxSwallowedBytes && !expectsContinue(request) && swallowRest(request.getEntityStream(), 0);
    }

    /** An error answer whose connection closes unless the body was read to its end. */
    private static ApiException refusal(int status, String code, String message, boolean swallowed,
                                        Map<String, String> headers) {
        if (swallowed) {
            return new ApiException(status, code, message, headers);
        }
        Map<String, String> closing = new java.util.HashMap<>(headers);
        closing.put("Connection", "close");
        return new ApiException(status, code, message, closing);
    }

    /** Content-Length as a long: JAX-RS' getLength() says -1 above 2 GiB, which is exactly when it matters. */
    private static long declaredLength(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // Jetty refuses a malformed Content-Length before we run
        }
    }

    /** Such a client waits for 100 Continue before sending the body: reading it would only invite the upload. */
    private static boolean expectsContinue(ContainerRequestContext request) {
        String expect = request.getHeaderString("Expect");
        return expect != null && expect.toLowerCase(java.util.Locale.ROOT).contains("100-continue");
    }

    /**
     * Reads and discards the body to its end while the total stays within the swallow limit.
     *
     * @return whether the end was reached, i.e. the connection can carry another request
     */
    private boolean swallowRest(InputStream in, long alreadyRead) {
        byte[] discard = new byte[SWALLOW_BUFFER_BYTES];
        long total = alreadyRead;
        try {
            for (int n = in.read(discard); n >= 0; n = in.read(discard)) {
                total += n;
                if (total > maxSwallowedBytes) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false; // the client went away or stalled past the idle timeout: nothing left to protect
        }
    }

    /**
     * Unless the body was read to its end, the rest of it spoils the connection: Connection: close tells the
     * client, which would otherwise reuse it and lose its next request to the server's close.
     */
    private ApiException tooLarge(long limit, boolean swallowed) {
        return refusal(413, "payload_too_large", "Request body exceeds " + limit + " bytes", swallowed, Map.of());
    }

    /** Counts what is read: past the route's limit a 413, past maxBytes (a chunked large body) a permit first. */
    private final class BoundedInputStream extends FilterInputStream {
        private final long limit;
        private final ContainerRequestContext request;
        private long read;

        BoundedInputStream(InputStream in, long limit, ContainerRequestContext request) {
            super(in);
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit, swallowRest(in, read));
            }
            if (read > maxBytes && !acquireLargeRequestPermit(request)) {
                throw busy(swallowRest(in, read));
            }
        }
    }
}
