package org.zhucun.personnel.person;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.personnel.PersonFacts;

/** {@link PersonFacts} from the person records. */
@Component
@Transactional(readOnly = true)
class JpaPersonFacts implements PersonFacts {

	private final PersonRepository people;

	JpaPersonFacts(PersonRepository people) {
		this.people = people;
	}

	@Override
	public Optional<Facts> of(long personId) {
		return people.findById(personId).map(JpaPersonFacts::facts);
	}

	@Override
	public Map<Long, Facts> of(Collection<Long> personIds) {
		return people.findAllById(personIds)
			.stream()
			.map(JpaPersonFacts::facts)
			.collect(Collectors.toMap(Facts::personId, Function.identity()));
	}

	private static Facts facts(Person p) {
		return new Facts(p.getId(), p.getName(), p.getGender(), p.getBirthDate(), p.getPoliticalStatus(),
				p.getWorkUnitPost(), p.getUnitId(), p.isCivilServant());
	}

}
