package org.dossier.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads one http(s) URL politely and defensively: a User-Agent that names the tool, a connect
 * timeout and a deadline for the whole response (so a server that trickles bytes cannot stall a
 * run), redirects followed by hand up to a cap (so loops end and every hop is checked), and a size
 * limit enforced while the body arrives (so a huge response is never held).
 *
 * <p>Every failure is an {@link IOException} whose message is the one-line reason shown to the user.
 */
public final class UrlFetcher {
    public static final String USER_AGENT = "dossier/0.1 (news dossier builder; Java HttpClient)";

    private final HttpClient client;
    private final Duration deadline;
    private final int maxRedirects;
    private final long maxBytes;

    public UrlFetcher(Duration connectTimeout, Duration deadline, int maxRedirects, long maxBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.deadline = deadline;
        this.maxRedirects = maxRedirects;
        this.maxBytes = maxBytes;
    }

    /** 10 s to connect, 60 s for the whole response, 5 redirects, the given size limit. */
    public static UrlFetcher standard(long maxBytes) {
        return new UrlFetcher(Duration.ofSeconds(10), Duration.ofSeconds(60), 5, maxBytes);
    }

    public static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    public FetchedResource fetch(String url) throws IOException {
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new IOException("HTTP " + status + " redirect without a Location"));
                if (hop >= maxRedirects) throw new IOException("too many redirects (more than " + maxRedirects + ")");
                uri = parse(uri.resolve(location.trim()).toString());
                continue;
            }
            if (status != 200 && status != 203) throw new IOException("HTTP " + status + " from " + uri);
            return new FetchedResource(uri.toString(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(null));
        }
    }

    private HttpResponse<byte[]> send(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .timeout(deadline)
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(request, info -> new LimitedBody(maxBytes, declaredLength(info)));
        try {
            return pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new IOException("timed out after " + deadline.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            throw explain(e.getCause(), uri);
        }
    }

    private static long declaredLength(HttpResponse.ResponseInfo info) {
        return info.headers().firstValueAsLong("Content-Length").orElse(-1);
    }

    private IOException explain(Throwable cause, URI uri) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TooLargeException) return new IOException(t.getMessage());
            if (t instanceof HttpConnectTimeoutException) return new IOException("unreachable (connect timed out)");
            if (t instanceof HttpTimeoutException) return new IOException("timed out after " + deadline.toSeconds() + " s");
            if (t instanceof UnknownHostException) return new IOException("unreachable (unknown host " + uri.getHost() + ")");
            if (t instanceof ConnectException) return new IOException("unreachable (connection refused)");
        }
        String what = cause == null ? "unknown error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new IOException("download failed (" + what + ")");
    }

    private static URI parse(String url) throws IOException {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) throw new IOException("not a valid URL (no host)");
            return uri;
        } catch (URISyntaxException e) {
            throw new IOException("not a valid URL (" + e.getReason() + ")");
        }
    }

    /** The body response reached the limit. */
    private static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("too large (over the " + SizeLimit.describe(limit) + " limit)");
        }
    }

    /** Collects the body, cancelling the download as soon as it passes the limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(long limit, long declared) {
            this.limit = limit;
            if (declared > limit) result.completeExceptionally(new TooLargeException(limit));
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) s.cancel();
            else s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) return;
            for (ByteBuffer b : buffers) {
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                body.write(chunk, 0, chunk.length);
            }
            if (body.size() > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLargeException(limit));
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(body.toByteArray());
        }
    }
}
