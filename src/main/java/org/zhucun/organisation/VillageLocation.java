package org.zhucun.organisation;

/**
 * Where a village is and how far around it a phone check-in counts (ATT-8): the centre in degrees
 * (WGS-84, as a phone reports it) and the geofence radius in metres, from the tree import's columns
 * 纬度 / 经度 / 签到围栏半径（米）.
 */
public record VillageLocation(long villageNodeId, String code, String name, double latitude, double longitude,
		int geofenceRadiusMetres) {
}
