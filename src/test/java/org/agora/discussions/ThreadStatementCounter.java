package org.agora.discussions;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread prepares while counting is on, so that a test can prove a page needs
 * the same number of queries for few posts as for many. Off, it hands out the connections untouched.
 */
@Component
class ThreadStatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

	/** Starts counting on this thread. */
	static void start() {
		COUNT.set(new AtomicInteger());
	}

	/** Stops counting on this thread and returns the number of statements since {@link #start()}. */
	static int stop() {
		int n = COUNT.get().get();
		COUNT.remove();
		return n;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource)) {
			return bean;
		}
		var factory = new ProxyFactory(bean);
		factory.setProxyTargetClass(true);
		factory.addAdvice((MethodInterceptor) invocation -> {
			Object result = invocation.proceed();
			if (result instanceof Connection connection && COUNT.get() != null
					&& invocation.getMethod().getName().equals("getConnection")) {
				return counting(connection, COUNT.get());
			}
			return result;
		});
		return factory.getProxy(bean.getClass().getClassLoader());
	}

	private static Connection counting(Connection connection, AtomicInteger count) {
		InvocationHandler handler = (proxy, method, args) -> {
			String name = method.getName();
			if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
				count.incrementAndGet();
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		};
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				handler);
	}
}
