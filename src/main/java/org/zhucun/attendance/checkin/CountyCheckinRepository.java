package org.zhucun.attendance.checkin;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountyCheckinRepository extends JpaRepository<CountyCheckin, Long> {

}
