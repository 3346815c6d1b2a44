package org.jiaxiao.bench.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CPU time the app's request threads spend in requests, from before the security
 * filters to the written response: the app's own work (token check, GraphQL or the REST
 * controller, mapping, the driver's encoding) without the embedded database's threads,
 * the load driver, JIT and GC, which the whole JVM's CPU carries. GraphQL's and REST's
 * difference here is what the GraphQL layer costs, steadier than latency on a shared
 * machine. Only whole for work done on the request's thread: Spring's async dispatch
 * finishes elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
public class RequestThreadCpu {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final LongAdder NANOS = new LongAdder();

	/** Request-thread CPU nanoseconds since the JVM started. */
	public static long totalNanos() {
		return NANOS.sum();
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestThreadCpuFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						long before = THREADS.getCurrentThreadCpuTime();
						try {
							chain.doFilter(request, response);
						}
						finally {
							NANOS.add(THREADS.getCurrentThreadCpuTime() - before);
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
