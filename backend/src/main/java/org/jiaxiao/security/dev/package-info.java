/**
 * The development identity provider: a real OIDC issuer inside the app, used only when no
 * external issuer is configured.
 */
@NullMarked
package org.jiaxiao.security.dev;

import org.jspecify.annotations.NullMarked;
