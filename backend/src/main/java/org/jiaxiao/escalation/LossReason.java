package org.jiaxiao.escalation;

/**
 * Why a family was lost: the nine reasons the tutoring centre's training material (001)
 * lists for a learning manager losing a contract.
 */
public enum LossReason {

	/** 服务态度差. */
	SERVICE_ATTITUDE,
	/** 不主动. */
	NOT_PROACTIVE,
	/** 不了解学生的性格或需要. */
	DID_NOT_KNOW_STUDENT,
	/** 学生档案不全. */
	INCOMPLETE_FILE,
	/** 计划未按时交接. */
	PLANS_LATE,
	/** 没有定期回访. */
	NO_REGULAR_FOLLOW_UP,
	/** 没有及时回应. */
	SLOW_RESPONSE,
	/** 与咨询、教师或排课配合不好. */
	POOR_COORDINATION,
	/** 换老师或调课未告知家长. */
	CHANGES_NOT_COMMUNICATED

}
