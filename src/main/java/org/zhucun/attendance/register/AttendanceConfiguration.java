package org.zhucun.attendance.register;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttendanceProperties.class)
class AttendanceConfiguration {

}
