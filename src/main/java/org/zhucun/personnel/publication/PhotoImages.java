package org.zhucun.personnel.publication;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.zhucun.common.web.InvalidInputException;

/**
 * PER-1, CON-1: turns an uploaded photo into the one the system keeps. Only JPEG and PNG are
 * accepted, recognised by their content (the file's first bytes and a successful decode), never by
 * the file's name or declared type; the image is decoded with the standard javax.imageio decoder
 * of that format only, scaled so that its longer side is at most {@code maxPixels}, and written
 * anew as a JPEG: nothing of the uploaded file (metadata, location, embedded data) survives.
 */
public final class PhotoImages {

	/** The largest source image decoded at all (width × height), against decompression bombs. */
	static final long MAX_SOURCE_PIXELS = 40_000_000L;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final long maxBytes;

	private final int maxPixels;

	public PhotoImages(long maxBytes, int maxPixels) {
		this.maxBytes = maxBytes;
		this.maxPixels = maxPixels;
	}

	/** The photo as stored: a JPEG and its size in pixels. */
	public record Photo(byte[] jpeg, int width, int height) {
	}

	public Photo normalise(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new InvalidInputException("photo", "photo.error.empty");
		}
		if (upload.length > maxBytes) {
			throw new InvalidInputException("photo", "photo.error.tooLarge", maxBytes / 1024 / 1024 + " MB");
		}
		String format = startsWith(upload, JPEG) ? "jpeg" : startsWith(upload, PNG) ? "png" : null;
		if (format == null) {
			throw new InvalidInputException("photo", "photo.error.notAnImage");
		}
		BufferedImage source = decode(upload, format);
		int longer = Math.max(source.getWidth(), source.getHeight());
		double factor = longer > maxPixels ? (double) maxPixels / longer : 1.0;
		int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return new Photo(writeJpeg(target), width, height);
	}

	private static BufferedImage decode(byte[] bytes, String format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new IllegalStateException("No " + format + " decoder");
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels <= 0 || pixels > MAX_SOURCE_PIXELS) {
				throw new InvalidInputException("photo", "photo.error.dimensions");
			}
			BufferedImage image = reader.read(0);
			if (image == null) {
				throw new InvalidInputException("photo", "photo.error.notAnImage");
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			// a truncated or forged file that only starts like an image
			throw new InvalidInputException("photo", "photo.error.notAnImage");
		}
		finally {
			reader.dispose();
		}
	}

	private static byte[] writeJpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
