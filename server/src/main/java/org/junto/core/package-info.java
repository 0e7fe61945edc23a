/** Plain shared types: ids, visibility, paging, errors. Every module may use it. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.junto.core;
