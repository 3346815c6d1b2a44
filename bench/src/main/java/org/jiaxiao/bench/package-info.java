/**
 * The benchmark (issue #9): realistic data at scale, GraphQL against a minimal REST
 * endpoint and the raw driver, round trips per screen, and document growth. Runs on
 * demand ({@code bench/README.md}); nothing here is part of the product.
 */
@NullMarked
package org.jiaxiao.bench;

import org.jspecify.annotations.NullMarked;
