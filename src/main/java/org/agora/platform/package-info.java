/** The shared kernel: security, layout, Markdown, internationalization, errors, mail, clock and paging. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.agora.platform;
