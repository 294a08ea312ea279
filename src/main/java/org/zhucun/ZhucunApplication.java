package org.zhucun;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Zhucun (驻村): management of first secretaries and village-resident work teams.
 */
@SpringBootApplication
@EnableScheduling
public class ZhucunApplication {

	public static void main(String[] args) {
		SpringApplication.run(ZhucunApplication.class, args);
	}

}
