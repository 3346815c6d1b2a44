package org.jiaxiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Jiaxiao: every contact between a school and a student's family, as a timeline per
 * student and household, behind one GraphQL API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JiaxiaoApplication {

	public static void main(String[] args) {
		SpringApplication.run(JiaxiaoApplication.class, args);
	}

}
