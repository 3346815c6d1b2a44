/**
 * The development identity provider: a real OIDC issuer inside the app, used only when
 * switched on explicitly (the {@code dev} profile) and no external issuer is configured.
 */
@NullMarked
package org.jiaxiao.security.dev;

import org.jspecify.annotations.NullMarked;
