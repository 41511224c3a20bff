package io.nexuszero.common.limits;

import io.nexuszero.common.errors.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Refuses bodies above {@code maxBytes} with 413: at once when Content-Length says so, and while reading when the
 * body is chunked, so an oversized body is never buffered or parsed.
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

    private final long maxBytes;
    private final long maxSwallowedBytes;

    public RequestSizeLimit(long maxBytes, long maxSwallowedBytes) {
        this.maxBytes = maxBytes;
        this.maxSwallowedBytes = maxSwallowedBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long declared = declaredLength(request);
        if (declared > maxBytes) {
            boolean swallowed = declared <= maxSwallowedBytes && !expectsContinue(request)
                    && swallowRest(request.getEntityStream(), 0);
            throw tooLarge(swallowed);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new BoundedInputStream(request.getEntityStream()));
        }
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
    private ApiException tooLarge(boolean swallowed) {
        String message = "Request body exceeds " + maxBytes + " bytes";
        return swallowed ? new ApiException(413, "payload_too_large", message)
                : new ApiException(413, "payload_too_large", message, Map.of("Connection", "close"));
    }

    private final class BoundedInputStream extends FilterInputStream {
        private long read;

        BoundedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > maxBytes) {
                throw tooLarge(swallowRest(in, read));
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                if (read > maxBytes) {
                    throw tooLarge(swallowRest(in, read));
                }
            }
            return n;
        }
    }
}
