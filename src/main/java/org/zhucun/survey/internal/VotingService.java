package org.zhucun.survey.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.common.crypto.FieldCipher;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;

/**
 * SAT-1: voting with a one-time code, without login. Each code votes exactly once, also when two
 * phones send it at the same moment: the code is marked used by a conditional update and the vote
 * inserted in the same transaction. The vote names neither the code nor a time, and the code keeps
 * only the day it was used, so that the order of votes cannot be matched to the order of codes.
 * Wrong codes are throttled per client ({@link WrongCodeThrottle}).
 */
@Service
@Transactional(readOnly = true)
public class VotingService {

	private final SurveyCodeRepository codes;

	private final SurveyRepository surveys;

	private final SurveyVoteRepository votes;

	private final FieldCipher cipher;

	private final WrongCodeThrottle throttle;

	private final Clock clock;

	VotingService(SurveyCodeRepository codes, SurveyRepository surveys, SurveyVoteRepository votes, FieldCipher cipher,
			WrongCodeThrottle throttle, Clock clock) {
		this.codes = codes;
		this.surveys = surveys;
		this.votes = votes;
		this.cipher = cipher;
		this.throttle = throttle;
		this.clock = clock;
	}

	/** Whom a code rates, as the voter sees it before choosing. */
	public record Ballot(String code, SurveySubject subject, String personName, String villageName, int year,
			RaterGroup group) {
	}

	/** What a valid, unused code of an open survey lets the voter rate. */
	public Ballot ballot(String typed, String client) {
		SurveyCode code = find(typed, client);
		Survey survey = openSurveyOf(code);
		if (code.isUsed()) {
			throw new ConflictException("survey.vote.error.used");
		}
		return new Ballot(SurveyCodes.display(SurveyCodes.normalise(typed)), survey.getSubject(),
				survey.getPersonName(), survey.getVillageName(), survey.getYear(), code.getGroup());
	}

	/** Casts the vote of a code: exactly once per code. */
	@Transactional
	public Ballot vote(String typed, Answer answer, String client) {
		SurveyCode code = find(typed, client);
		Survey survey = openSurveyOf(code);
		if (answer == null) {
			throw new InvalidInputException("answer", "survey.vote.error.answer");
		}
		if (codes.markUsed(code.getId(), clock.instant().truncatedTo(ChronoUnit.DAYS)) != 1) {
			throw new ConflictException("survey.vote.error.used");
		}
		votes.save(new SurveyVote(survey.getId(), code.getGroup(), answer));
		return new Ballot(SurveyCodes.display(SurveyCodes.normalise(typed)), survey.getSubject(),
				survey.getPersonName(), survey.getVillageName(), survey.getYear(), code.getGroup());
	}

	private SurveyCode find(String typed, String client) {
		throttle.check(client);
		String code = SurveyCodes.normalise(typed);
		if (code.isEmpty()) {
			throttle.failed(client);
			throw new NotFoundException("survey.vote.error.unknown");
		}
		return codes.findByCodeDigest(cipher.digest(code)).orElseThrow(() -> {
			throttle.failed(client);
			return new NotFoundException("survey.vote.error.unknown");
		});
	}

	private Survey openSurveyOf(SurveyCode code) {
		Survey survey = surveys.findById(code.getSurveyId())
			.orElseThrow(() -> new NotFoundException("survey.vote.error.unknown"));
		if (!survey.isOpen()) {
			throw new ConflictException("survey.vote.error.closed");
		}
		return survey;
	}

}
