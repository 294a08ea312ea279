package org.zhucun;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * FRM-1, FRM-2: how the tests read the printed files the system makes — the text of a .docx (POI)
 * and of a PDF (PDFBox), its page count, and its first page rendered under {@code target/forms/}
 * to look at.
 */
public final class PrintedFiles {

	private PrintedFiles() {
	}

	/** The .docx's text as POI's extractor gives it: paragraphs and tables in order, a table's cells separated by tabs. */
	public static String docxText(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	public static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	public static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	/** The PDF's first page at 100 dpi, saved as target/forms/{name}-page1.png. */
	public static Path firstPage(byte[] pdf, String name) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
			Path file = Path.of("target", "forms", name + "-page1.png");
			Files.createDirectories(file.getParent());
			ImageIO.write(image, "png", file.toFile());
			return file;
		}
	}

}
