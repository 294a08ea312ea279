package org.zhucun.personnel.person;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CON-1: a person's own mobile number, decrypted for one purpose only: publishing it on the public
 * village page after the person chose to publish it (公开联系方式 = MOBILE). Nothing else calls this.
 */
@Component
public class PublishedMobile {

	private final PersonRepository people;

	PublishedMobile(PersonRepository people) {
		this.people = people;
	}

	@Transactional(readOnly = true)
	public Optional<String> of(long personId) {
		return people.findById(personId).map(Person::fullPhone).filter(p -> !p.isBlank());
	}

}
