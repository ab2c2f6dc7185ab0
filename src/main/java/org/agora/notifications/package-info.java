/** In-app notifications, email delivery, per-person preferences and unsubscribe links. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "people", "learning", "calendar", "discussions" })
package org.agora.notifications;
