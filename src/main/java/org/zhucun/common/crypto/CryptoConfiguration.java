package org.zhucun.common.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data key (SEC-5). Production sets {@code ZHUCUN_DATA_KEY} (32 random bytes, Base64) from its
 * secret store; the system refuses to start on an external database without it. With the embedded
 * database (trying the system out, tests) a key is generated once into a file beside the data, so
 * that no key is ever part of the repository.
 */
@Configuration(proxyBeanMethods = false)
public class CryptoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	@Bean
	FieldCipher fieldCipher(@Value("${zhucun.crypto.key:}") String key,
			@Value("${zhucun.crypto.key-file:./data/data.key}") String keyFile, @Value("${zhucun.db.url:}") String dbUrl,
			@Value("${zhucun.crypto.allow-key-file:false}") boolean allowKeyFile) {
		if (!key.isBlank()) {
			return new AesGcmFieldCipher(Base64.getDecoder().decode(key.strip()));
		}
		if (!dbUrl.isBlank() && !allowKeyFile) {
			throw new IllegalStateException("ZHUCUN_DATA_KEY is not set: the encryption key of personal data "
					+ "(32 random bytes, Base64) must come from the environment when an external database is used");
		}
		return new AesGcmFieldCipher(keyFromFile(Path.of(keyFile)));
	}

	private static byte[] keyFromFile(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			}
			byte[] key = new byte[32];
			RANDOM.nextBytes(key);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's permissions apply
			}
			log.info("Generated a data key for the embedded database in {}", file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the data key file " + file, ex);
		}
	}

}
