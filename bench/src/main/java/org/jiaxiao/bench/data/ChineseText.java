package org.jiaxiao.bench.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names and contact summaries in Chinese, with realistic lengths: the summary is most of
 * a timeline entry's bytes, so its length distribution decides how fast documents grow.
 * Most notes are a sentence or two; home visits of focus students run to paragraphs.
 */
final class ChineseText {

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹");

	private static final List<String> GIVEN = List.of("子", "涵", "梓", "轩", "浩", "宇", "欣", "怡", "雨", "晨", "一", "诺", "思",
			"彤", "俊", "杰", "佳", "琪", "博", "文", "若", "曦", "嘉", "豪", "可", "馨", "明", "哲", "安", "然");

	private static final List<String> SENTENCES = List.of("与家长沟通孩子近期的学习情况，数学作业完成较好，语文阅读需加强。", "家长表示会督促孩子每天阅读二十分钟。",
			"家访了解家庭学习环境，孩子有独立书桌。", "建议家长减少孩子看电视的时间，周末安排户外活动。", "孩子这周课堂上发言积极，向家长反馈表扬。", "家长反映孩子在家主动做家务，尊敬长辈。",
			"孩子连续两天作业未交，与家长电话沟通原因：晚上睡得晚。", "约定家长每晚九点前检查作业并签字。", "家长来校询问孩子与同学相处的情况，介绍了孩子在校表现。", "双方约定两周后再沟通一次。",
			"孩子因感冒请假两天，电话询问身体情况，告知补课安排和作业内容。", "在家校联系册中反馈本周表现：上课专注，书写有进步。", "约家长到校面谈孩子课间追跑的安全问题，家长表示理解并会配合教育。",
			"孩子父母在外地务工，由祖母照顾，祖母表示辅导作业有困难。", "学校将安排课后辅导，并请班干部结对帮助。", "了解到家庭经济困难，已告知学校资助政策及申请流程。",
			"孩子情绪低落，与家长商量多陪伴、多鼓励，必要时请心理老师介入。", "本学期期中考试成绩有明显进步，家长十分高兴。");

	private ChineseText() {
	}

	static String surname(SplittableRandom random) {
		return SURNAMES.get(random.nextInt(SURNAMES.size()));
	}

	static String given(SplittableRandom random) {
		String first = GIVEN.get(random.nextInt(GIVEN.size()));
		return (random.nextInt(4) == 0) ? first : first + GIVEN.get(random.nextInt(GIVEN.size()));
	}

	/**
	 * A summary of about 30–120 characters (70%), 120–400 (25%) or 400–1200 (5%); for
	 * focus students and home visits 60%, 25% and 15%.
	 */
	static String summary(SplittableRandom random, boolean detailed) {
		int roll = random.nextInt(100) + (detailed ? 10 : 0);
		int length = (roll < 70) ? 30 + random.nextInt(90)
				: (roll < 95) ? 120 + random.nextInt(280) : 400 + random.nextInt(800);
		StringBuilder text = new StringBuilder(length + 40);
		while (text.length() < length) {
			text.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
		}
		return text.toString();
	}

}
