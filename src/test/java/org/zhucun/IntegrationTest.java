package org.zhucun;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test against PostgreSQL (embedded, or the server in ZHUCUN_DB_URL) with the demo
 * data loaded. All such tests share one application context, hence one database: a test that
 * changes data uses codes of its own or rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
public @interface IntegrationTest {
}
