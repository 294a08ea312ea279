package org.zhucun.personnel.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.common.web.InvalidInputException;

/** PER-1, CON-1: the photo rule, with the policy parameters' defaults (2 MB, 600 px). */
class PhotoImagesTests {

	private final PhotoImages images = new PhotoImages(2L * 1024 * 1024, 600);

	static byte[] image(String format, int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		image.setRGB(0, 0, 0x80FF0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(format.equals("jpeg") ? toRgb(image) : image, format, out);
		return out.toByteArray();
	}

	private static BufferedImage toRgb(BufferedImage argb) {
		BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
		rgb.getGraphics().drawImage(argb, 0, 0, null);
		return rgb;
	}

	@Test
	@DisplayName("PER-1: a large PNG is re-encoded as a JPEG whose longer side is 600 pixels")
	void scalesAndReencodes() throws Exception {
		var photo = images.normalise(image("png", 1200, 900));
		assertThat(photo.width()).isEqualTo(600);
		assertThat(photo.height()).isEqualTo(450);
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
		assertThat(stored.getWidth()).isEqualTo(600);
		assertThat(photo.jpeg()[0]).isEqualTo((byte) 0xFF);
		assertThat(photo.jpeg()[1]).isEqualTo((byte) 0xD8);
	}

	@Test
	@DisplayName("PER-1: a small JPEG keeps its size; what is kept is written anew, without the uploaded file's comments")
	void smallJpegKeepsSize() throws Exception {
		byte[] upload = image("jpeg", 300, 400);
		byte[] withComment = new byte[upload.length + 16];
		// an APP comment segment (FF FE) after the SOI marker, carrying text that must not survive
		System.arraycopy(upload, 0, withComment, 0, 2);
		byte[] comment = { (byte) 0xFF, (byte) 0xFE, 0, 14, 'G', 'P', 'S', '3', '8', '.', '7', '9', 'N', 'X', 'Y', 'Z' };
		System.arraycopy(comment, 0, withComment, 2, comment.length);
		System.arraycopy(upload, 2, withComment, 2 + comment.length, upload.length - 2);
		var photo = images.normalise(withComment);
		assertThat(photo.width()).isEqualTo(300);
		assertThat(photo.height()).isEqualTo(400);
		assertThat(new String(photo.jpeg(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS38.79N");
	}

	@Test
	@DisplayName("PER-1: a PDF or an executable named .jpg is refused by its content, with a Chinese message key")
	void refusesNonImages() {
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.US_ASCII);
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
		for (byte[] file : new byte[][] { pdf, exe }) {
			assertThatThrownBy(() -> images.normalise(file)).isInstanceOf(InvalidInputException.class)
				.hasMessage("photo.error.notAnImage");
		}
	}

	@Test
	@DisplayName("PER-1: a file that only starts like a JPEG is refused as not an image")
	void refusesForgedHeader() {
		byte[] forged = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'n', 'o', 't', ' ', 'a', 'n', ' ', 'i' };
		assertThatThrownBy(() -> images.normalise(forged)).isInstanceOf(InvalidInputException.class)
			.hasMessage("photo.error.notAnImage");
	}

	@Test
	@DisplayName("PER-1: an upload larger than the limit (2 MB by default) is refused before it is decoded")
	void refusesOversized() {
		byte[] big = new byte[2 * 1024 * 1024 + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatThrownBy(() -> images.normalise(big)).isInstanceOf(InvalidInputException.class)
			.hasMessage("photo.error.tooLarge");
		assertThatThrownBy(() -> new PhotoImages(1024, 600).normalise(new byte[1025]))
			.hasMessage("photo.error.tooLarge");
	}

}
