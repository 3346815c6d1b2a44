/**
 * Saved example queries for the Explore page; titles are message keys
 * (explore.example.*), so each reads in the user's language.
 */
export interface ExampleQuery {
  id: string;
  titleKey: string;
  query: string;
  variables?: string;
}

const figures = `contacts studentsReached homeVisits immediateWithin24hPercent medianHoursToAnswer`;

export const EXAMPLES: ExampleQuery[] = [
  {
    id: 'coverageByGrade',
    titleKey: 'explore.example.coverageByGrade',
    query: `# 各年级家访覆盖率 · Home-visit coverage by grade
query CoverageByGrade {
  analytics {
    minGroupSize
    coverageStats(groupBy: GRADE) {
      schoolYear
      buckets { keys { dimension value label } suppressed suppression students visited visitedPercent }
      total { suppressed rounded students visited visitedPercent }
    }
  }
}
`,
  },
  {
    id: 'contactsByMonth',
    titleKey: 'explore.example.contactsByMonth',
    query: `# 按月份统计联系次数 · Contacts by month
query ContactsByMonth {
  analytics {
    contactStats(groupBy: [MONTH]) {
      from
      to
      buckets { keys { dimension value label } suppressed suppression ${figures} }
      total { suppressed rounded ${figures} }
    }
  }
}
`,
  },
  {
    id: 'contactsByForm',
    titleKey: 'explore.example.contactsByForm',
    query: `# 按联系形式统计 · Contacts by form
query ContactsByForm {
  analytics {
    contactStats(groupBy: [FORM]) {
      buckets { keys { dimension value label } suppressed suppression ${figures} }
      total { suppressed rounded ${figures} }
    }
  }
}
`,
  },
  {
    id: 'immediateByCategory',
    titleKey: 'explore.example.immediateByCategory',
    query: `# 按重点类别统计立即联系 · Immediate contacts by focus category
query ImmediateByCategory($filter: ContactStatsFilter) {
  analytics {
    contactStats(filter: $filter, groupBy: [FOCUS_CATEGORY]) {
      buckets { keys { dimension value label } suppressed suppression ${figures} }
      total { suppressed rounded ${figures} }
    }
  }
}
`,
    variables: JSON.stringify({ filter: { kinds: ['IMMEDIATE', 'FOCUS'] } }, null, 2),
  },
  {
    id: 'gradeAndForm',
    titleKey: 'explore.example.gradeAndForm',
    query: `# 按年级和联系形式交叉统计 · Grade × form
query GradeAndForm {
  analytics {
    contactStats(groupBy: [GRADE, FORM]) {
      buckets { keys { dimension value label } suppressed suppression contacts studentsReached homeVisits }
      total { suppressed rounded contacts studentsReached homeVisits }
    }
  }
}
`,
  },
  {
    id: 'byTeacherRole',
    titleKey: 'explore.example.byTeacherRole',
    query: `# 按记录教师角色统计 · By the recording teacher's role
query ByTeacherRole {
  analytics {
    contactStats(groupBy: [TEACHER_ROLE]) {
      buckets { keys { dimension value label } suppressed suppression ${figures} }
      total { suppressed rounded ${figures} }
    }
  }
}
`,
  },
];
