import { describe, expect, it } from 'vitest'
import { extractClaimedParts, extractNarrative } from '@/ingest/report/narrative'

function pick(text: string): Record<string, number | null> {
  return Object.fromEntries(
    extractNarrative(text).map((f) => [[f.metric, f.dim1, f.dim2].filter(Boolean).join('.'), f.value]),
  )
}

describe('extractNarrative', () => {
  it('reads posts per channel and skips a dropped number instead of borrowing the next one', () => {
    const text =
      '门户网站公开信息条（其中政府网站各栏目信息600条、信息公开目录栏目信息更新280条）。政务微博发布信息286条，微信公众号本级账号发布信息40条。'
    expect(pick(text)).toEqual({
      'posts.website.sectionColumns': 600,
      'posts.website.disclosureCatalog': 280,
      'posts.weibo': 286,
      'posts.wechat': 40,
    })
  })

  it('reads applications received with the level breakdown in the same sentence', () => {
    const figures = extractNarrative(
      '全年共收到依申请公开信息 52 件（其中市本级 3 件、市直单位 29 件、乡镇（街道）21 件），均已办结。',
    )
    expect(figures.map((f) => [f.dim1, f.value, f.unit, f.origin])).toEqual([
      ['total', 52, '件', 'prose'],
      ['cityLevel', 3, '件', 'prose'],
      ['cityDepartments', 29, '件', 'prose'],
      ['townships', 21, '件', 'prose'],
    ])
  })

  it('keeps 余 as a ≥ qualifier', () => {
    const [messages] = extractNarrative('网民留言数量125余条。')
    expect(messages).toMatchObject({ metric: 'messages', value: 125, qualifier: '≥' })
  })

  it('reads outcome and review counts stated in the prose', () => {
    expect(pick('其中予以公开 30 件，不予公开 4 件。发生行政复议 2 件，行政诉讼 1 起。')).toEqual({
      'applications.granted': 30,
      'applications.denied': 4,
      reviewCases: 2,
      litigationCases: 1,
    })
  })
})

describe('extractNarrative: clean-up and quiz figures', () => {
  it('reads accounts and work groups before and after the clean-up, with the number closed', () => {
    const text =
      '本年度整治后，政务新媒体由 12 个精简为 7 个，关停 5 个；微信工作群由 80 个压减至 61 个，解散 19 个；QQ工作群由 9 个清理至 9 个。'
    expect(pick(text)).toEqual({
      'newMediaAccounts.before': 12,
      'newMediaAccounts.after': 7,
      'newMediaAccounts.closed': 5,
      'wechatGroups.before': 80,
      'wechatGroups.after': 61,
      'wechatGroups.closed': 19,
      'qqGroups.before': 9,
      'qqGroups.after': 9,
    })
    expect(extractNarrative(text).every((f) => f.unit === '个' && f.origin === 'prose')).toBe(true)
  })

  it('reads quiz participants, participation rate and average score after 知识竞赛 only', () => {
    const text =
      '举办业务培训 3 场，200 人参加。\n\n开展线上知识竞赛，参与人数 1200 余人，参与率为 88.5%，平均得分 79 分。'
    const figures = extractNarrative(text).filter((f) => f.metric.startsWith('quiz'))
    expect(figures.map((f) => [f.metric, f.value, f.qualifier ?? '', f.unit])).toEqual([
      ['quizParticipants', 1200, '≥', '人'],
      ['quizParticipationRate', 88.5, '', '%'],
      ['quizAverageScore', 79, '', '分'],
    ])
    // The training's 200 people are not quiz participants, and no quiz means no quiz figures.
    expect(extractNarrative('举办业务培训 3 场，200 人参加。').filter((f) => f.metric.startsWith('quiz'))).toEqual([])
  })

  it('finds the figures after the latest mention when a heading names the quiz first', () => {
    const text =
      '三、加强培训和知识竞赛工作。全年举办培训 2 次，150 人参加。\n\n下半年组织知识竞赛，共 420 人参与，参与率 90%，平均分 86 分。'
    expect(pick(text)).toMatchObject({ quizParticipants: 420, quizParticipationRate: 90, quizAverageScore: 86 })
  })

  it('reads notices and point-to-point reminders', () => {
    expect(pick('全年印发工作通报 6 次，点对点提醒 40 余次。')).toEqual({ notices: 6, reminders: 40 })
    expect(extractNarrative('点对点提醒 40 余次')[0]).toMatchObject({ qualifier: '≥', unit: '次' })
  })
})

describe('extractClaimedParts', () => {
  it('counts the section names listed, even those containing 、', () => {
    const claimed = extractClaimedParts(
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项五个部分组成。',
    )
    expect(claimed).toMatchObject({ count: 5, listed: 6 })
  })
})

describe('extractNarrative: training sessions', () => {
  // Composed for this test in the way reports list their trainings.
  const text =
    '本年度共举办 3 场业务培训：“全县政务公开业务培训班”（4 月 8 日）、“政务公开标准化\n现场推进会”（6 月 29-30 日）和“依申请公开办理讲座”（10月15日）。' +
    '另在 10 月 15 日举办的“依申请公开办理讲座”上，各单位经办人员 60 余人参加学习。报告“年度工作要点”（1 月 3 日）另行印发。'

  it('reads the count, and each session with its ISO date, title and attendance where stated', () => {
    const figures = extractNarrative(text, 2022).filter((f) => f.metric.startsWith('training'))
    expect(figures.map((f) => [f.metric, f.dim1, f.label ?? '', f.value, f.qualifier ?? '', f.unit])).toEqual([
      ['trainingSessions', '', '', 3, '', '次'],
      ['trainingAttendance', '2022-04-08', '全县政务公开业务培训班', null, '', '人'],
      ['trainingAttendance', '2022-06-29/2022-06-30', '政务公开标准化现场推进会', null, '', '人'],
      ['trainingAttendance', '2022-10-15', '依申请公开办理讲座', 60, '≥', '人'],
    ])
  })

  it('reads only the count when the report year is unknown, rather than guessing dates', () => {
    expect(
      extractNarrative(text)
        .filter((f) => f.metric.startsWith('training'))
        .map((f) => f.metric),
    ).toEqual(['trainingSessions'])
  })
})
