package org.zhucun.personnel.publication;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicContactRepository extends JpaRepository<PublicContact, Long> {
}
