package org.dossier.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every test talks to a server on 127.0.0.1 started here; nothing leaves the machine. */
class UrlFetcherTest {
    private static final String PAGE = "<html><head><title>Dam inspection</title></head><body><p>Engineers "
            + "found no cracks.</p></body></html>";

    private HttpServer server;
    private String base;
    private final AtomicReference<String> userAgent = new AtomicReference<>();
    /** Generous deadlines: the machine running the tests may be busy. */
    private final UrlFetcher fetcher = new UrlFetcher(Duration.ofSeconds(10), Duration.ofSeconds(20), 3, 4096);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", ex -> {
            userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            send(ex, 200, "text/html; charset=ISO-8859-1", "<html><body>Caf\u00e9 reopened</body></html>"
                    .getBytes(Charset.forName("ISO-8859-1")));
        });
        server.createContext("/moved", ex -> redirect(ex, "/page"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/big", ex -> send(ex, 200, "text/html", new byte[10_000]));
        server.createContext("/missing", ex -> send(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/story.md", ex -> send(ex, 200, "text/plain",
                "# Title here\n\nSome **bold** text.".getBytes(StandardCharsets.UTF_8)));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesWithUserAgentAndReportsTheContentType() throws IOException {
        FetchedResource r = fetcher.fetch(base + "/page");
        assertEquals(UrlFetcher.USER_AGENT, userAgent.get());
        assertEquals("ISO-8859-1", r.charset());
        assertEquals("text/html", r.mimeType());
    }

    @Test
    void followsRedirectsUpToTheCap() throws IOException {
        assertEquals(base + "/page", fetcher.fetch(base + "/moved").url());
        IOException loop = assertThrows(IOException.class, () -> fetcher.fetch(base + "/loop"));
        assertEquals("too many redirects (more than 3)", loop.getMessage());
    }

    @Test
    void refusesBodiesOverTheLimit() {
        IOException e = assertThrows(IOException.class, () -> fetcher.fetch(base + "/big"));
        assertEquals("too large (over the 4 KB limit)", e.getMessage());
    }

    @Test
    void reportsHttpErrorsTimeoutsAndUnreachableHosts() throws IOException {
        assertTrue(assertThrows(IOException.class, () -> fetcher.fetch(base + "/missing")).getMessage()
                .startsWith("HTTP 404"));
        UrlFetcher impatient = new UrlFetcher(Duration.ofSeconds(10), Duration.ofSeconds(1), 3, 4096);
        assertEquals("timed out after 1 s", assertThrows(IOException.class, () -> impatient.fetch(base + "/slow")).getMessage());
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        assertEquals("unreachable (connection refused)", assertThrows(IOException.class,
                () -> fetcher.fetch("http://127.0.0.1:" + closedPort + "/")).getMessage());
    }

    @Test
    void sourcesTurnAUrlIntoADocumentWithCarrierHints() throws IOException {
        Sources sources = new Sources(new MediaTypeDetector(), List.of(), fetcher, 4096);
        Collected c = new Collected();
        String missing = base + "/missing";
        sources.read(List.of(base + "/moved", missing, base + "/story.md"), c, c);
        assertEquals(List.of(base + "/moved", base + "/story.md"), c.sources(), c.problemLines().toString());
        RawDocument page = c.docs.get(0);
        assertEquals(MediaTypeDetector.HTML, page.mediaType());
        assertEquals(base + "/page", page.url());
        assertEquals("ISO-8859-1", page.hint(Hints.CHARSET));
        assertEquals("text/html", page.hint(Hints.CONTENT_TYPE));
        assertEquals(MediaTypeDetector.MARKDOWN, c.docs.get(1).mediaType(), "the URL's name breaks the tie");
        assertTrue(c.problemFor(missing).reason().startsWith("HTTP 404"));
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client hung up (size limit, timeout): expected in some tests
        }
    }
}
