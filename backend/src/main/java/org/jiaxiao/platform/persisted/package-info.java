/**
 * Persisted queries (Apollo APQ protocol): clients send a document's SHA-256 instead of
 * the document; production can accept only registered documents.
 */
@NullMarked
package org.jiaxiao.platform.persisted;

import org.jspecify.annotations.NullMarked;
