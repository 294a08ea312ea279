package org.zhucun.audit.internal;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.stereotype.Component;
import org.zhucun.audit.AuditTrail;

/** Hooks the entity change auditor into Hibernate's insert, update and delete events. */
@Component
class AuditListenerRegistration {

	AuditListenerRegistration(EntityManagerFactory entityManagerFactory, AuditTrail trail) {
		SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		EventListenerRegistry registry = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
		EntityChangeAuditor auditor = new EntityChangeAuditor(trail);
		registry.appendListeners(EventType.POST_INSERT, auditor);
		registry.appendListeners(EventType.POST_UPDATE, auditor);
		registry.appendListeners(EventType.POST_DELETE, auditor);
	}

}
