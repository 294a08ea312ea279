package org.zhucun.publicpage;

import java.util.List;

import org.zhucun.personnel.PublicRoster.PublicPerson;

/** CON-1: everything the public page of a village shows. */
public record PublicVillage(String code, String name, String townshipName, List<PublicPerson> people) {
}
