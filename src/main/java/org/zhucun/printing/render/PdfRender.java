package org.zhucun.printing.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.zhucun.printing.CjkFont;
import org.zhucun.printing.CjkFontUnavailableException;

/**
 * Lays out an XHTML page as PDF with openhtmltopdf, the text set in the CJK TrueType font (a subset
 * of it embedded). The font family {@code cjk} in the page's CSS names that font.
 */
public final class PdfRender {

	static {
		// the renderer logs several lines at INFO for every document; keep its warnings only
		XRLog.setLoggerImpl(new QuietRendererLog());
	}

	private PdfRender() {
	}

	/** The PDF of the page; throws {@link CjkFontUnavailableException} when no font is usable. */
	public static byte[] pdf(String xhtml, String title, CjkFont font) {
		Path file = font.path();
		try (PDDocument document = new PDDocument(); FontFile fontFile = FontFile.open(file)) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setCreator("Zhucun");
			PDFont cjk = PDType0Font.load(document, fontFile.font(), true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.useFastMode();
			builder.useFont(new PDFontSupplier(cjk), "cjk", 400, FontStyle.NORMAL, false);
			builder.useFont(new PDFontSupplier(cjk), "cjk", 700, FontStyle.NORMAL, false);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The font (the first usable one of a collection), open until the document is saved. */
	private record FontFile(TrueTypeFont font, AutoCloseable owner) implements AutoCloseable {

		static FontFile open(Path file) throws IOException {
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
				TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
				AtomicReference<TrueTypeFont> chosen = new AtomicReference<>();
				try {
					collection.processAllFonts(f -> {
						if (chosen.get() == null && CjkFont.embeddableCjk(f)) {
							chosen.set(f);
						}
					});
				}
				catch (IOException | RuntimeException ex) {
					collection.close();
					throw ex;
				}
				if (chosen.get() == null) {
					collection.close();
					throw new CjkFontUnavailableException();
				}
				return new FontFile(chosen.get(), collection);
			}
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
			return new FontFile(font, font);
		}

		@Override
		public void close() throws IOException {
			try {
				owner.close();
			}
			catch (IOException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IOException(ex);
			}
		}

	}

}
