package org.zhucun.attendance.checkin;

/**
 * The stored check-in a submission led to, whether it was a retry answered from the store (SEC-9),
 * and the village's name for the messages.
 */
public record CheckinResult(Checkin checkin, boolean replayed, String villageName) {

	/** Throws the refusal (with the distance and the radius) if the check-in lay outside the fence. */
	public CheckinResult requireAccepted() {
		if (checkin.isAccepted()) {
			return this;
		}
		if (checkin.getDistanceMetres() == null) {
			throw new CheckinRefusedException("attendance.checkin.error.outsidePurged", villageName,
					checkin.getRadiusMetres());
		}
		throw new CheckinRefusedException("attendance.checkin.error.outside", villageName, checkin.getDistanceMetres(),
				checkin.getRadiusMetres());
	}

}
