package org.zhucun.audit.internal;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.zhucun.audit.AuditAction;
import org.zhucun.audit.AuditEvent;
import org.zhucun.audit.AuditEvent.FieldChange;
import org.zhucun.audit.AuditTrail;
import org.zhucun.common.security.AuditMasked;
import org.zhucun.common.security.NotAudited;

/**
 * Writes an audit entry for every insert, update and delete of a JPA entity, inside the flush and
 * hence inside the transaction of the change (SEC-6). For an update only the changed fields are
 * recorded, each with its value before and after; fields marked {@link AuditMasked} show "***".
 */
class EntityChangeAuditor implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt");

	private static final String MASK = "***";

	private final AuditTrail trail;

	private final Map<String, Boolean> maskedFields = new ConcurrentHashMap<>();

	EntityChangeAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (skip(event.getEntity())) {
			return;
		}
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		collect(event.getPersister(), event.getEntity().getClass(), null, event.getState(), null, changes);
		write(AuditAction.CREATE, event.getEntity(), event.getId(), changes);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (skip(event.getEntity())) {
			return;
		}
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		collect(event.getPersister(), event.getEntity().getClass(), event.getOldState(), event.getState(),
				event.getDirtyProperties(), changes);
		if (!changes.isEmpty()) {
			write(AuditAction.UPDATE, event.getEntity(), event.getId(), changes);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		if (skip(event.getEntity())) {
			return;
		}
		Map<String, FieldChange> changes = new LinkedHashMap<>();
		collect(event.getPersister(), event.getEntity().getClass(), event.getDeletedState(), null, null, changes);
		write(AuditAction.DELETE, event.getEntity(), event.getId(), changes);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static boolean skip(Object entity) {
		return entity.getClass().isAnnotationPresent(NotAudited.class);
	}

	private void write(AuditAction action, Object entity, Object id, Map<String, FieldChange> changes) {
		trail.record(new AuditEvent(action, entity.getClass().getSimpleName(), String.valueOf(id), null, changes));
	}

	private void collect(EntityPersister persister, Class<?> type, Object[] before, Object[] after, int[] dirty,
			Map<String, FieldChange> changes) {
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < names.length; i++) {
			if (BOOKKEEPING.contains(names[i]) || (dirty != null && !contains(dirty, i))) {
				continue;
			}
			Object b = before == null ? null : before[i];
			Object a = after == null ? null : after[i];
			boolean masked = masked(type, names[i]);
			if (types[i] instanceof ComponentType component) {
				String[] parts = component.getPropertyNames();
				Object[] bv = b == null ? new Object[parts.length] : component.getPropertyValues(b);
				Object[] av = a == null ? new Object[parts.length] : component.getPropertyValues(a);
				for (int j = 0; j < parts.length; j++) {
					add(changes, names[i] + "." + parts[j], bv[j], av[j], masked, before == null || after == null);
				}
			}
			else if (types[i] instanceof EntityType) {
				add(changes, names[i], idOf(b), idOf(a), masked, true);
			}
			else if (!types[i].isCollectionType()) {
				add(changes, names[i], b, a, masked, true);
			}
		}
	}

	private static void add(Map<String, FieldChange> changes, String name, Object before, Object after, boolean masked,
			boolean always) {
		String b = before == null ? null : String.valueOf(before);
		String a = after == null ? null : String.valueOf(after);
		if (!always && java.util.Objects.equals(b, a)) {
			return;
		}
		if (b == null && a == null) {
			return;
		}
		changes.put(name, new FieldChange(masked && b != null ? MASK : b, masked && a != null ? MASK : a));
	}

	private static Object idOf(Object entity) {
		if (entity == null) {
			return null;
		}
		try {
			var method = entity.getClass().getMethod("getId");
			return method.invoke(entity);
		}
		catch (ReflectiveOperationException ex) {
			return entity.toString();
		}
	}

	private boolean masked(Class<?> type, String field) {
		return maskedFields.computeIfAbsent(type.getName() + "#" + field, key -> {
			for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
				try {
					Field f = c.getDeclaredField(field);
					return f.isAnnotationPresent(AuditMasked.class);
				}
				catch (NoSuchFieldException ignored) {
					// look in the superclass
				}
			}
			return false;
		});
	}

	private static boolean contains(int[] values, int value) {
		for (int v : values) {
			if (v == value) {
				return true;
			}
		}
		return false;
	}

}
