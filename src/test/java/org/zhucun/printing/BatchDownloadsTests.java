package org.zhucun.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhucun.PrintedFiles;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.NotFoundException;

/** FRM-1/2: batch downloads build a .zip in the background, for their owner only, with an error note. */
class BatchDownloadsTests {

	final MovableClock clock = new MovableClock();

	final BatchDownloads batches = new BatchDownloads(messages(), clock, Duration.ofMinutes(30));

	@AfterEach
	void stop() {
		batches.stop();
		SecurityContextHolder.clearContext();
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	@DisplayName("FRM-1: the .zip holds every file made; a failing file is listed in 错误说明.txt, the rest still come")
	void zipWithErrorNote() throws Exception {
		as("yueyahu-xz");
		AssessmentForms forms = new AssessmentForms(new CjkFont(""));
		AssessmentForms fontless = new AssessmentForms(new CjkFont("/nonexistent/none.ttf"));
		List<String> seenBy = new ArrayList<>();
		List<Supplier<NamedFile>> files = List.of(
				() -> new NamedFile(AssessmentForms.fileName(PrintSamples.quarterly(), "pdf"), forms.pdf(PrintSamples.quarterly())),
				() -> {
					seenBy.add(SecurityContextHolder.getContext().getAuthentication().getName());
					return new NamedFile(AssessmentForms.fileName(PrintSamples.quarterly(), "docx"), forms.docx(PrintSamples.quarterly()));
				},
				() -> new NamedFile("无字体.pdf", fontless.pdf(PrintSamples.annual())),
				() -> {
					throw new IllegalStateException("broken record");
				});
		BatchProgress started = batches.start("月牙湖乡 2026年第三季度考核表", "月牙湖乡-2026Q3", files);
		assertThat(started.total()).isEqualTo(4);
		assertThat(started.fileName()).isEqualTo("月牙湖乡-2026Q3.zip");
		BatchProgress finished = awaitFinished(started.id());
		assertThat(finished.done()).isEqualTo(finished.total()).isEqualTo(4);
		assertThat(finished.failed()).isEqualTo(2);
		assertThat(finished.percent()).isEqualTo(100);
		// each file is made as the user who started the batch
		assertThat(seenBy).containsExactly("yueyahu-xz");

		Map<String, byte[]> zip = unzip(Files.readAllBytes(batches.download(started.id()).file()));
		assertThat(zip.keySet()).containsExactly("石嘴村-李振华-2026年第三季度-平时考核登记表.pdf",
				"石嘴村-李振华-2026年第三季度-平时考核登记表.docx", "错误说明.txt");
		assertThat(PrintedFiles.pdfText(zip.get("石嘴村-李振华-2026年第三季度-平时考核登记表.pdf"))).contains("李振华");
		String note = new String(zip.get("错误说明.txt"), StandardCharsets.UTF_8);
		assertThat(note).contains("共 4 个文件，其中 2 个未能生成", "第 3 个文件：未找到可嵌入的中文字体", "fonts-wqy-zenhei",
				"第 4 个文件：生成时发生内部错误").doesNotContain("broken record");
	}

	@Test
	@DisplayName("FRM-1: progress counts up to the total while the files are made")
	void progressReachesTotal() throws Exception {
		as("yueyahu-xz");
		CountDownLatch release = new CountDownLatch(1);
		List<Supplier<NamedFile>> files = new ArrayList<>();
		files.add(() -> new NamedFile("a.txt", "a".getBytes(StandardCharsets.UTF_8)));
		files.add(() -> {
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return new NamedFile("a.txt", "b".getBytes(StandardCharsets.UTF_8));
		});
		String id = batches.start("测试", null, files).id();
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (batches.progress(id).done() < 1 && System.nanoTime() < until) {
			Thread.sleep(20);
		}
		BatchProgress halfway = batches.progress(id);
		assertThat(halfway.done()).isEqualTo(1);
		assertThat(halfway.finished()).isFalse();
		assertThatThrownBy(() -> batches.download(id)).isInstanceOf(ConflictException.class);
		release.countDown();
		BatchProgress done = awaitFinished(id);
		assertThat(done.done()).isEqualTo(2);
		// two files of one name both arrive
		assertThat(unzip(Files.readAllBytes(batches.download(id).file())).keySet()).containsExactly("a.txt", "a (2).txt");
	}

	@Test
	@DisplayName("FRM-1, ORG-5: another user gets 'not found' for someone else's batch; it is dropped 30 minutes after it is built")
	void ownerOnlyAndExpiry() throws Exception {
		as("yueyahu-xz");
		String id = batches.start("石嘴村", "x", List.of(() -> new NamedFile("a.txt", new byte[] { 1 }))).id();
		awaitFinished(id);
		var file = batches.download(id).file();
		as("zhenbeibu-xz");
		assertThatThrownBy(() -> batches.progress(id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> batches.download(id)).isInstanceOf(NotFoundException.class);
		as("yueyahu-xz");
		clock.move(Duration.ofMinutes(29));
		assertThat(batches.progress(id).finished()).isTrue();
		clock.move(Duration.ofMinutes(2));
		assertThatThrownBy(() -> batches.progress(id)).isInstanceOf(NotFoundException.class);
		assertThat(file).doesNotExist();
		SecurityContextHolder.clearContext();
		assertThatThrownBy(() -> batches.start("x", "x", List.of())).isInstanceOf(NotFoundException.class);
	}

	private BatchProgress awaitFinished(String id) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		BatchProgress progress = batches.progress(id);
		while (!progress.finished() && System.nanoTime() < until) {
			Thread.sleep(20);
			progress = batches.progress(id);
		}
		assertThat(progress.finished()).as("batch finished in time").isTrue();
		return progress;
	}

	static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static void as(String username) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null, "PRINT_BATCH"));
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/messages", "i18n/printing");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-10-15T02:00:00Z");

		void move(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
