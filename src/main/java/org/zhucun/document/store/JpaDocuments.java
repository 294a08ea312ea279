package org.zhucun.document.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.security.CurrentActor;
import org.zhucun.document.DocumentRef;
import org.zhucun.document.Documents;
import org.zhucun.document.StoredDocument;
import org.zhucun.document.rules.ContentSniffer;
import org.zhucun.document.rules.DocumentType;

@Service
@EnableConfigurationProperties(DocumentProperties.class)
class JpaDocuments implements Documents {

	private final StoredFileRepository files;

	private final ContentSniffer sniffer;

	private final Clock clock;

	JpaDocuments(StoredFileRepository files, DocumentProperties properties, Clock clock) {
		this.files = files;
		this.sniffer = new ContentSniffer(properties.maxSize().toBytes());
		this.clock = clock;
	}

	@Override
	@Transactional
	public DocumentRef store(String fileName, byte[] content) {
		String name = ContentSniffer.cleanFileName(fileName);
		DocumentType type = sniffer.check(name, content);
		StoredFile file = files.save(new StoredFile(content, type.contentType(), name, sha256(content), CurrentActor.name(),
				clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
		return file.ref();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredDocument> read(long id) {
		return files.findById(id).map(f -> new StoredDocument(f.ref(), f.content()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<DocumentRef> describe(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, DocumentRef> byId = files.describe(ids).stream().collect(Collectors.toMap(DocumentRef::id, Function.identity()));
		List<DocumentRef> ordered = new ArrayList<>();
		for (Long id : ids) {
			DocumentRef ref = byId.get(id);
			if (ref != null) {
				ordered.add(ref);
			}
		}
		return ordered;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
