/** In-app notifications, email delivery, per-person preferences and unsubscribe links. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "people" })
package org.agora.notifications;
