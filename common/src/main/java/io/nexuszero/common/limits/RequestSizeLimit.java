package io.nexuszero.common.limits;

import io.nexuszero.common.errors.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Refuses bodies above the configured size with 413: at once when Content-Length says so, and while
 * reading when the body is chunked, so an oversized body is never buffered whole.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {

    private final long maxBytes;

    public RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new BoundedInputStream(request.getEntityStream()));
        }
    }

    /**
     * The rest of the body is never read, so the connection cannot carry another request: Connection: close tells
     * the client, which would otherwise reuse it and lose its next request to the server's close.
     */
    private ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "Request body exceeds " + maxBytes + " bytes",
                Map.of("Connection", "close"));
    }

    private final class BoundedInputStream extends FilterInputStream {
        private long remaining = maxBytes;

        BoundedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw tooLarge();
                }
            }
            return n;
        }
    }
}
