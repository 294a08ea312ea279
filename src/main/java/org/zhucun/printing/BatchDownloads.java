package org.zhucun.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.DomainException;
import org.zhucun.common.web.NotFoundException;

/**
 * Builds many files into one .zip in the background (FRM-1/2: a township's forms for a quarter), so
 * that the user sees a progress bar instead of a request that times out. A batch belongs to the
 * account that started it: anyone else gets "not found". Each file is made on one of two worker
 * threads as the starting user (same data scope and language); a file that fails is listed with its
 * reason in the .zip's 错误说明.txt, the others are still delivered. The .zip is kept for
 * {@code zhucun.print.batch-retention} (30 minutes) after it is finished, then dropped.
 *
 * <p>Batches live in this instance's memory and temporary folder: with several instances, the
 * page that polls must reach the instance that started the batch (sticky sessions).
 */
@Component
public class BatchDownloads {

	private static final Logger log = LoggerFactory.getLogger(BatchDownloads.class);

	/** Batches waiting for a worker at most; more are refused with a message to try again. */
	private static final int QUEUE = 8;

	/** Batches one account may have (running or kept) at once. */
	private static final int PER_OWNER = 5;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final MessageSource messages;

	private final Clock clock;

	private final Duration retention;

	private final ThreadPoolExecutor workers;

	public BatchDownloads(MessageSource messages, Clock clock,
			@Value("${zhucun.print.batch-retention:PT30M}") Duration retention) {
		this.messages = messages;
		this.clock = clock;
		this.retention = retention;
		AtomicInteger threads = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(QUEUE), r -> {
			Thread thread = new Thread(r, "print-batch-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.workers.allowCoreThreadTimeOut(true);
	}

	/**
	 * Starts a batch for the current user: each supplier makes one file (run as the current user, in
	 * the current language). Returns at once with the batch's id; see {@link #progress}.
	 *
	 * @param title what the batch holds, shown above the progress bar
	 * @param zipName the .zip's file name (".zip" is added if missing)
	 */
	public BatchProgress start(String title, String zipName, List<Supplier<NamedFile>> files) {
		String owner = owner();
		purgeExpired();
		if (jobs.values().stream().filter(j -> j.owner.equals(owner)).count() >= PER_OWNER) {
			throw new ConflictException("printing.batch.tooMany", PER_OWNER);
		}
		String name = AssessmentForms.safeFileName(zipName == null || zipName.isBlank() ? title : zipName);
		Job job = new Job(UUID.randomUUID().toString(), owner, title == null ? name : title,
				name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name : name + ".zip", List.copyOf(files),
				SecurityContextHolder.getContext().getAuthentication(), LocaleContextHolder.getLocale());
		jobs.put(job.id, job);
		try {
			workers.execute(() -> build(job));
		}
		catch (RejectedExecutionException ex) {
			jobs.remove(job.id);
			throw new ConflictException("printing.batch.busy");
		}
		return job.progress();
	}

	/** How long a finished .zip is kept. */
	public Duration retention() {
		return retention;
	}

	/** The progress of one of the current user's batches; another user's, or an expired one, is not found. */
	public BatchProgress progress(String id) {
		return own(id).progress();
	}

	/** The finished .zip of one of the current user's batches. */
	public Download download(String id) {
		Job job = own(id);
		if (!job.finished()) {
			throw new ConflictException("printing.batch.notReady");
		}
		return new Download(job.fileName, job.zip);
	}

	/** A finished batch's file, to stream to the user. */
	public record Download(String fileName, Path file) {

		public long size() {
			try {
				return Files.size(file);
			}
			catch (IOException ex) {
				throw new NotFoundException("printing.batch.notFound");
			}
		}

	}

	private Job own(String id) {
		String owner = owner();
		purgeExpired();
		Job job = id == null ? null : jobs.get(id);
		if (job == null || !job.owner.equals(owner)) {
			throw new NotFoundException("printing.batch.notFound");
		}
		return job;
	}

	private static String owner() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
			throw new NotFoundException("printing.batch.notFound");
		}
		return auth.getName();
	}

	/** Drops the batches kept longer than the retention, with their files. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	public void purgeExpired() {
		Instant now = clock.instant();
		jobs.values().removeIf(job -> {
			Instant finishedAt = job.finishedAt;
			if (finishedAt != null && finishedAt.plus(retention).isBefore(now)) {
				job.delete();
				return true;
			}
			return false;
		});
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
		jobs.values().forEach(Job::delete);
		jobs.clear();
	}

	private void build(Job job) {
		SecurityContext previous = SecurityContextHolder.getContext();
		Locale previousLocale = LocaleContextHolder.getLocale();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(job.starter);
		SecurityContextHolder.setContext(context);
		LocaleContextHolder.setLocale(job.locale);
		List<String> errors = new ArrayList<>();
		try {
			Path zip = Files.createTempFile("zhucun-batch-", ".zip");
			job.zip = zip;
			try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
				Set<String> names = new HashSet<>();
				List<Supplier<NamedFile>> files = job.takeFiles();
				for (int i = 0; i < files.size(); i++) {
					try {
						NamedFile made = files.get(i).get();
						out.putNextEntry(new ZipEntry(unique(names, AssessmentForms.safeFileName(made.name()))));
						out.write(made.content());
						out.closeEntry();
					}
					catch (DomainException ex) {
						errors.add(text("printing.batch.error.line", i + 1, text(ex.messageKey(), ex.args())));
						job.failed.incrementAndGet();
					}
					catch (RuntimeException ex) {
						log.warn("File {} of batch {} could not be made", i + 1, job.id, ex);
						errors.add(text("printing.batch.error.line", i + 1, text("printing.batch.error.internal")));
						job.failed.incrementAndGet();
					}
					job.done.incrementAndGet();
				}
				if (!errors.isEmpty()) {
					out.putNextEntry(new ZipEntry(unique(names, text("printing.batch.errorFile"))));
					String note = text("printing.batch.error.heading", job.title, errors.size(), job.total) + "\r\n\r\n"
							+ String.join("\r\n", errors) + "\r\n";
					out.write(note.getBytes(StandardCharsets.UTF_8));
					out.closeEntry();
				}
			}
		}
		catch (IOException ex) {
			log.error("Batch {} could not be written", job.id, ex);
			job.done.set(job.total);
			job.failed.set(job.total);
			throw new UncheckedIOException(ex);
		}
		finally {
			job.finishedAt = clock.instant();
			SecurityContextHolder.setContext(previous);
			LocaleContextHolder.setLocale(previousLocale);
		}
	}

	private static String unique(Set<String> names, String name) {
		String candidate = name;
		int dot = name.lastIndexOf('.');
		for (int n = 2; !names.add(candidate); n++) {
			candidate = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
		}
		return candidate;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static final class Job {

		final String id;

		final String owner;

		final String title;

		final String fileName;

		final int total;

		/** The files to make, dropped once they are made (they may hold much data). */
		private List<Supplier<NamedFile>> files;

		final Authentication starter;

		final Locale locale;

		final AtomicInteger done = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

		volatile Path zip;

		volatile Instant finishedAt;

		Job(String id, String owner, String title, String fileName, List<Supplier<NamedFile>> files, Authentication starter,
				Locale locale) {
			this.id = id;
			this.owner = owner;
			this.title = title;
			this.fileName = fileName;
			this.files = files;
			this.total = files.size();
			this.starter = starter;
			this.locale = locale;
		}

		synchronized List<Supplier<NamedFile>> takeFiles() {
			List<Supplier<NamedFile>> taken = files;
			files = List.of();
			return taken;
		}

		boolean finished() {
			return finishedAt != null && zip != null && Files.exists(zip);
		}

		BatchProgress progress() {
			return new BatchProgress(id, title, fileName, done.get(), total, failed.get(), finishedAt != null);
		}

		void delete() {
			Path file = zip;
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.warn("Could not delete the batch file {}", file);
				}
			}
		}

	}

}
