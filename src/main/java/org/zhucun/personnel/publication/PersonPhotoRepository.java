package org.zhucun.personnel.publication;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonPhotoRepository extends JpaRepository<PersonPhoto, Long> {

	@org.springframework.data.jpa.repository.Query("select p.personId from PersonPhoto p where p.personId in :ids")
	java.util.Set<Long> withPhoto(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

}
