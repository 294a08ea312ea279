package org.zhucun.printing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The TrueType font with Chinese glyphs that PDFs embed: the file configured in
 * {@code zhucun.print.cjk-font}, or else one found in the usual font folders (WenQuanYi Zen Hei of
 * Debian's {@code fonts-wqy-zenhei} first). Fonts with CFF outlines (Noto CJK .otf and .ttc) cannot
 * be embedded by the PDF renderer and are skipped. When none is usable, {@link #path()} throws
 * {@link CjkFontUnavailableException} with a message telling what to install or configure.
 */
@Component
public class CjkFont {

	private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

	/** Font files tried first, in this order, wherever they lie. */
	private static final List<String> PREFERRED = List.of("wqy-zenhei.ttc", "wqy-microhei.ttc", "simsun.ttc", "simfang.ttf",
			"simhei.ttf", "msyh.ttc", "droidsansfallbackfull.ttf", "droidsansfallback.ttf");

	/** The most font files looked into before giving up. */
	private static final int MAX_CANDIDATES = 300;

	private final String configured;

	private final List<Path> folders;

	private volatile Path found;

	@Autowired
	public CjkFont(@Value("${zhucun.print.cjk-font:}") String configured) {
		this(configured, defaultFolders());
	}

	/** A locator looking only at the configured file (if any) and in the given folders. */
	public CjkFont(String configured, List<Path> folders) {
		this.configured = configured == null ? "" : configured.trim();
		this.folders = List.copyOf(folders);
	}

	/** The font file to embed; throws {@link CjkFontUnavailableException} if there is none. */
	public Path path() {
		Path known = found;
		if (known != null) {
			return known;
		}
		synchronized (this) {
			if (found == null) {
				found = locate();
			}
			return found;
		}
	}

	/** Whether a usable font is there (for a health note), without throwing. */
	public boolean available() {
		try {
			path();
			return true;
		}
		catch (CjkFontUnavailableException ex) {
			return false;
		}
	}

	private Path locate() {
		if (!configured.isEmpty()) {
			Path file = Path.of(configured);
			if (usable(file)) {
				log.info("CJK font for PDFs (zhucun.print.cjk-font): {}", file);
				return file;
			}
			log.error("zhucun.print.cjk-font names {}, which is missing or not a TrueType font with Chinese glyphs", file);
			throw new CjkFontUnavailableException();
		}
		List<Path> candidates = candidates();
		for (Path file : candidates) {
			if (usable(file)) {
				log.info("CJK font for PDFs found on the system: {}", file);
				return file;
			}
		}
		log.error("No TrueType font with Chinese glyphs in {} ({} files looked at)", folders, candidates.size());
		throw new CjkFontUnavailableException();
	}

	private List<Path> candidates() {
		List<Path> all = new ArrayList<>();
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(folder, 6)) {
				files.filter(Files::isRegularFile).filter(CjkFont::trueTypeName).forEach(all::add);
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Cannot list fonts in {}: {}", folder, ex.toString());
			}
		}
		all.sort(Comparator.comparingInt(CjkFont::rank).thenComparing(Path::toString));
		return all.size() > MAX_CANDIDATES ? all.subList(0, MAX_CANDIDATES) : all;
	}

	private static boolean trueTypeName(Path file) {
		String name = lower(file);
		return (name.endsWith(".ttf") || name.endsWith(".ttc")) && !(name.contains("noto") && name.contains("cjk"));
	}

	/** Preferred files first, then names that suggest Chinese, then the rest. */
	private static int rank(Path file) {
		String name = lower(file);
		int preferred = PREFERRED.indexOf(name);
		if (preferred >= 0) {
			return preferred;
		}
		boolean chinese = Stream.of("wqy", "wenquanyi", "sim", "song", "fang", "hei", "kai", "cjk", "chinese", "han", "ming",
				"uming", "ukai", "arphic", "droid").anyMatch(name::contains);
		return chinese ? PREFERRED.size() : PREFERRED.size() + 1;
	}

	private static String lower(Path file) {
		Path name = file.getFileName();
		return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
	}

	/** A readable TrueType file (or collection) holding a font with glyph outlines and a glyph for 中. */
	static boolean usable(Path file) {
		if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
			return false;
		}
		try {
			if (lower(file).endsWith(".ttc")) {
				AtomicBoolean ok = new AtomicBoolean();
				try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
					collection.processAllFonts(font -> ok.compareAndSet(false, embeddableCjk(font)));
				}
				return ok.get();
			}
			try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
				return embeddableCjk(font);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Not a usable TrueType font: {} ({})", file, ex.toString());
			return false;
		}
	}

	/** Glyph outlines (a glyf table, not CFF) and Chinese characters in its Unicode map. */
	public static boolean embeddableCjk(TrueTypeFont font) throws IOException {
		if (!font.getTableMap().containsKey("glyf")) {
			return false;
		}
		CmapLookup cmap = font.getUnicodeCmapLookup(false);
		return cmap != null && cmap.getGlyphId('中') > 0 && cmap.getGlyphId('村') > 0;
	}

	private static List<Path> defaultFolders() {
		List<Path> folders = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
				Path.of("/usr/share/fonts-droid-fallback"), Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"),
				Path.of("C:", "Windows", "Fonts")));
		String home = System.getProperty("user.home");
		if (home != null) {
			folders.add(Path.of(home, ".fonts"));
			folders.add(Path.of(home, ".local", "share", "fonts"));
		}
		String windir = System.getenv("WINDIR");
		if (windir != null) {
			folders.add(Path.of(windir, "Fonts"));
		}
		return folders.stream().distinct().toList();
	}

	@Override
	public String toString() {
		Path known = found;
		return "CjkFont[" + (known != null ? known : configured.isEmpty() ? "system" : configured) + "]";
	}

}
