package org.dossier.clean.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.clean.BlockFilter;
import org.dossier.clean.CleanContext;
import org.dossier.clean.LineKey;
import org.dossier.parse.Block;

/**
 * Removes the running headers, footers and page numbers of PDF text. Blocks from a PDF carry the
 * path {@code page:N}. The lines at the top and bottom edge of each page are compared across
 * pages (digits folded, so "Page 2 of 7" matches "Page 5 of 7"): a line that recurs at the edge
 * of at least half of the pages (two at least) is furniture, and so is a lone page number at an
 * edge. Text in the middle of a page is never touched.
 */
public final class PageFurnitureFilter implements BlockFilter {
    private static final Pattern PAGE = Pattern.compile("^page:(\\d+)");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\W_]*(?:page|p\\.|pg\\.?)?\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?[\\W_]*$", Pattern.CASE_INSENSITIVE);
    /** How many lines at each edge of a page are looked at. */
    static final int EDGE_LINES = 2;

    @Override
    public List<Block> apply(List<Block> blocks, CleanContext context) {
        Map<Integer, List<Integer>> pages = new HashMap<>();   // page -> block indices in order
        for (int i = 0; i < blocks.size(); i++) {
            Matcher m = PAGE.matcher(blocks.get(i).path());
            if (m.find()) pages.computeIfAbsent(Integer.parseInt(m.group(1)), p -> new ArrayList<>()).add(i);
        }
        if (pages.isEmpty()) return blocks;
        List<EdgeLine> edges = new ArrayList<>();
        Map<String, Set<Integer>> pagesWithKey = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> page : pages.entrySet()) {
            collectEdges(blocks, page.getKey(), page.getValue(), edges);
        }
        for (EdgeLine e : edges) pagesWithKey.computeIfAbsent(e.key, k -> new HashSet<>()).add(e.page);
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Map<Integer, Set<Integer>> dropLines = new HashMap<>();   // block index -> line indices
        for (EdgeLine e : edges) {
            boolean recurring = !e.key.isEmpty() && pagesWithKey.get(e.key).size() >= needed;
            if (recurring || PAGE_NUMBER.matcher(e.text).matches()) {
                dropLines.computeIfAbsent(e.block, b -> new HashSet<>()).add(e.line);
            }
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Set<Integer> drop = dropLines.get(i);
            Block b = drop == null ? blocks.get(i) : BlockLines.without(blocks.get(i), drop::contains);
            if (b != null) out.add(b);
        }
        return out;
    }

    private record EdgeLine(int page, int block, int line, String text, String key) {}

    private static void collectEdges(List<Block> blocks, int page, List<Integer> indices, List<EdgeLine> edges) {
        List<int[]> all = new ArrayList<>();   // {block, line} in reading order
        for (int b : indices) {
            List<int[]> lines = BlockLines.of(blocks.get(b).text());
            for (int l = 0; l < lines.size(); l++) all.add(new int[] {b, l});
        }
        Set<Integer> picked = new HashSet<>();
        for (int k = 0; k < EDGE_LINES && k < all.size(); k++) {
            picked.add(k);
            picked.add(all.size() - 1 - k);
        }
        for (int k : picked) {
            int b = all.get(k)[0], l = all.get(k)[1];
            int[] span = BlockLines.of(blocks.get(b).text()).get(l);
            String text = blocks.get(b).text().text().substring(span[0], span[1]).strip();
            if (!text.isEmpty()) edges.add(new EdgeLine(page, b, l, text, LineKey.of(text)));
        }
    }
}
