package org.zhucun.document.store;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

	/** The descriptions only: the bytes are not loaded for a list. */
	@Query("select new org.zhucun.document.DocumentRef(f.id, f.fileName, f.contentType, f.sizeBytes, f.sha256, f.uploadedBy, f.uploadedAt) "
			+ "from StoredFile f where f.id in :ids")
	List<org.zhucun.document.DocumentRef> describe(Collection<Long> ids);

}
