/** In-app notifications, email delivery, per-person preferences and unsubscribe links. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "people", "learning", "calendar", "discussions", "knowledge", "initiatives" })
package org.agora.notifications;
