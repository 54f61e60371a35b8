package org.dossier.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.formats.Fixtures.Capture;
import org.dossier.source.Problem;
import org.junit.jupiter.api.Test;

/**
 * A fixed-seed mutation run over every fixture format: bit flips, cuts, splices and repeats of
 * valid documents must each end as documents or one-line problems, never as an exception, and
 * every problem line must name the input. (A coverage-guided run of the same harness is
 * {@code ReadAnythingFuzzTest}.)
 */
class ReadAnythingTest {
    @Test
    void mutatedInputsNeverEscapeAsExceptions() throws IOException {
        List<byte[]> seeds = seeds();
        Random random = new Random(20250601);
        for (int i = 0; i < 100; i++) {
            byte[] base = seeds.get(random.nextInt(seeds.size()));
            byte[] mutated = mutate(base, seeds.get(random.nextInt(seeds.size())), random);
            ReadAnything.Outcome outcome = ReadAnything.read("in" + i, mutated);
            for (Problem p : outcome.problems()) {
                assertTrue(p.source().startsWith("in" + i), p.toString());
                assertTrue(!p.reason().isBlank() && !p.reason().contains("\n"), p.toString());
            }
        }
    }

    static List<byte[]> seeds() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Fixtures.pdf(null));
        seeds.add(Fixtures.docx());
        seeds.add(Fixtures.odt());
        seeds.add(Fixtures.rss());
        seeds.add(Fixtures.atom());
        seeds.add(Fixtures.warc(true, List.of(Capture.html("https://a.example/", "<html><body>Hi</body></html>"))));
        seeds.add(Fixtures.warc(false, List.of(Capture.html("https://b.example/", "<html><body>Yo</body></html>"))));
        seeds.add("{\"title\": \"T\", \"maintext\": \"Body\\nMore\"}\n{\"maintext\": \"Two\"}\n".getBytes(StandardCharsets.UTF_8));
        seeds.add("[{\"maintext\": \"One\"}, {\"text\": \"Two\", \"authors\": [\"A\"]}]".getBytes(StandardCharsets.UTF_8));
        seeds.add("# Head\n\nSome **bold** [link](https://x.example/) text.\n".getBytes(StandardCharsets.UTF_8));
        return seeds;
    }

    private static byte[] mutate(byte[] base, byte[] other, Random random) {
        byte[] b = base.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int k = 0, n = 1 + random.nextInt(20); k < n; k++) b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
            }
            case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
            case 2 -> {
                int cut = random.nextInt(b.length + 1), from = random.nextInt(other.length + 1);
                byte[] out = new byte[cut + other.length - from];
                System.arraycopy(b, 0, out, 0, cut);
                System.arraycopy(other, from, out, cut, other.length - from);
                b = out;
            }
            case 3 -> {
                int at = random.nextInt(b.length), len = Math.min(b.length - at, 1 + random.nextInt(64));
                for (int k = 0; k < len; k++) b[at + k] = (byte) random.nextInt(256);
            }
            default -> {
                int at = random.nextInt(b.length), len = Math.min(b.length - at, 1 + random.nextInt(200));
                byte[] out = new byte[b.length + len * 3];
                System.arraycopy(b, 0, out, 0, at + len);
                for (int r = 1; r <= 3; r++) System.arraycopy(b, at, out, at + len * r, len);
                System.arraycopy(b, at + len, out, at + len * 4, b.length - at - len);
                b = out;
            }
        }
        return b;
    }
}
