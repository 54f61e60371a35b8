package org.dossier.eval.reading;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dossier.eval.EvalReport;
import org.dossier.eval.Evaluation;
import org.dossier.parse.ParseException;
import org.dossier.parse.ParserRegistry;
import org.dossier.source.MediaTypeDetector;
import org.dossier.source.RawDocument;
import org.dossier.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval reading}: how fast the reading stage turns inputs into raw documents
 * (detection, decompression, container expansion) and into parsed blocks, beside the floor of
 * just reading and decompressing the same bytes. Each pass runs twice; the second is measured.
 */
@Command(name = "reading", mixinStandardHelpOptions = true,
        description = {"Reading-stage speed: detect + read (+ parse) beside plain reading of the same files."},
        footer = {"", "Examples:", "  dossier eval reading ../shared/bench/article-extraction/html", "  dossier eval reading pages/ --json"})
public final class ReadingEvaluation implements Evaluation {
    @Parameters(arity = "0..*", description = "files or folders; default ../shared/bench/article-extraction/html")
    List<String> inputs = List.of("../shared/bench/article-extraction/html");

    @Option(names = "--json", description = "print one JSON object of figures")
    boolean json;

    /** One measured pass. */
    private record Pass(long documents, long bytes, double wallSeconds, double cpuSeconds) {
        double perSecond() {
            return documents / wallSeconds;
        }

        double perCpuSecond() {
            return documents / cpuSeconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        Sources sources = new Sources(new MediaTypeDetector());
        ParserRegistry parsers = ParserRegistry.loadInstalled();
        AtomicLong rejected = new AtomicLong();
        Pass raw = twice(() -> rawRead());
        Pass read = twice(() -> read(sources, null, rejected));
        Pass parsed = twice(() -> read(sources, parsers, rejected));
        EvalReport report = new EvalReport("Reading stage on " + String.join(" ", inputs) + " (" + read.documents()
                + " documents, " + raw.bytes() / 1024 + " KiB decompressed; second of two passes, one thread)");
        report.header("pass", "documents/s (wall)", "documents per CPU-second", "MB/s (wall)", "vs plain reading");
        row(report, "plain read + gunzip (floor)", raw, raw);
        row(report, "ours: detect + read + expand", read, raw);
        row(report, "ours: detect + read + expand + parse", parsed, raw);
        report.figure("documents", read.documents());
        report.figure("rejected_per_pass", rejected.get() / 4);
        report.figure("documents_per_second", Math.round(read.perSecond()));
        report.figure("parsed_documents_per_second", Math.round(parsed.perSecond()));
        report.figure("plain_read_files_per_second", Math.round(raw.perSecond()));
        report.figure("ratio_to_plain_read", read.perSecond() / raw.perSecond());
        report.figure("peak_heap_mb", Math.round(peakHeapMb()));
        report.figure("load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.print(System.out, json);
        return 0;
    }

    private static void row(EvalReport report, String name, Pass p, Pass floor) {
        report.row(name, String.format("%,.0f", p.perSecond()), String.format("%,.0f", p.perCpuSecond()),
                String.format("%.1f", p.bytes() / 1e6 / p.wallSeconds()), String.format("%.2f", p.perSecond() / floor.perSecond()));
    }

    private interface Body {
        long[] run() throws IOException;   // documents, bytes
    }

    private static Pass twice(Body body) throws IOException {
        body.run();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
        long[] counts = body.run();
        return new Pass(counts[0], counts[1], (System.nanoTime() - t0) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
    }

    private long[] read(Sources sources, ParserRegistry parsers, AtomicLong rejected) {
        long[] counts = new long[2];
        sources.read(inputs, problem -> rejected.incrementAndGet(), (RawDocument doc) -> {
            counts[0]++;
            counts[1] += doc.content().length;
            if (parsers == null) return;
            parsers.forType(doc.mediaType()).ifPresent(p -> {
                try {
                    p.parse(doc);
                } catch (ParseException e) {
                    rejected.incrementAndGet();
                }
            });
        });
        return counts;
    }

    private long[] rawRead() throws IOException {
        long[] counts = new long[2];
        for (String input : inputs) {
            try (Stream<Path> files = Files.walk(Path.of(input))) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(f);
                         InputStream body = f.toString().endsWith(".gz") ? new GZIPInputStream(in) : in) {
                        counts[1] += body.readAllBytes().length;
                        counts[0]++;
                    }
                }
            }
        }
        return counts;
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024.0 * 1024.0);
    }
}
