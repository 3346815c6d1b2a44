package org.jiaxiao.bench.load;

import java.util.SplittableRandom;

/**
 * One request of a screen, done one way (GraphQL, REST or the raw driver). The random
 * source belongs to the calling client thread: it picks the class and student.
 */
@FunctionalInterface
public interface Op {

	void run(SplittableRandom random) throws Exception;

}
