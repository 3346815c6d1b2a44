package org.jiaxiao.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Plausible Chinese names for demo people, drawn from a seeded generator. */
final class ChineseNames {

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹");

	private static final List<String> GIVEN = List.of("子", "涵", "梓", "轩", "浩", "宇", "欣", "怡", "雨", "晨", "一", "诺", "思",
			"彤", "俊", "杰", "佳", "琪", "博", "文", "若", "曦", "嘉", "豪", "可", "馨", "明", "哲", "安", "然", "乐", "瑶", "天", "佑",
			"静", "雅", "泽", "楷", "书", "语");

	private ChineseNames() {
	}

	static String surname(RandomGenerator random) {
		return SURNAMES.get(random.nextInt(SURNAMES.size()));
	}

	static String given(RandomGenerator random) {
		String first = GIVEN.get(random.nextInt(GIVEN.size()));
		return random.nextInt(4) == 0 ? first : first + GIVEN.get(random.nextInt(GIVEN.size()));
	}

}
