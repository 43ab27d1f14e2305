import dayjs from 'dayjs';
import type {
  MemberDoc,
  NewsColumnDoc,
  NoticeDoc,
  NoticeInboxDoc,
  OrganisationDoc,
  PublisherKind,
} from '../typings/documents';
import { COLLECTIONS } from '../cloudfunctions/_shared/collections';
import { DEMO_OPENIDS, seedDemo, type SeedTarget } from './demo';
import { articleDoc } from './factories';
import { seededRandom } from '../cloudfunctions/_shared/seeded-random';

const ALL: PublisherKind[] = ['propaganda', 'secretary', 'admin'];

/** The root's default columns (a branch may add its own below them). */
const COLUMNS: [id: string, name: string, publishers: PublisherKind[]][] = [
  ['col-news', '党建要闻', ALL],
  ['col-open', '党务公开', ['secretary', 'admin']],
  ['col-integrity', '廉政教育', ALL],
  ['col-pioneer', '先锋风采', ALL],
  ['col-notice', '组织公告', ['secretary', 'admin']],
];

type Plan = [column: string, scope: string, title: string, summary: string, source: string];

const ARTICLES: Plan[] = [
  [
    'col-news',
    'org-root',
    '集团党委召开理论学习中心组（扩大）学习会',
    '深入学习贯彻党的二十届四中全会精神，研究部署下一阶段重点工作。',
    '集团党委办公室',
  ],
  [
    'col-news',
    'org-root',
    '集团召开2026年度党建工作推进会',
    '总结前三季度党建工作，对全年目标任务进行再动员再部署。',
    '党群工作部',
  ],
  [
    'col-news',
    'org-root',
    '集团党委书记为全体党员讲专题党课',
    '以“守初心、担使命、保安全、促发展”为题，讲授专题党课。',
    '党群工作部',
  ],
  [
    'col-news',
    'org-root',
    '学习贯彻《中国共产党支部工作条例》专题辅导',
    '邀请省委党校教授围绕支部标准化规范化建设作专题辅导。',
    '组织部',
  ],
  [
    'col-news',
    'org-root',
    '集团开展“党建引领安全生产”主题实践活动',
    '推动党建工作与安全生产深度融合，筑牢安全生产防线。',
    '党群工作部',
  ],
  [
    'col-news',
    'org-root',
    '省国资委党委来集团调研基层党建工作',
    '调研组实地察看了采区党员先锋岗和党建活动室。',
    '集团党委办公室',
  ],
  [
    'col-news',
    'org-zz-prod',
    '生产运营党总支开展安全生产月党员承诺践诺活动',
    '全体党员签订安全承诺书，亮身份、作表率。',
    '生产运营党总支',
  ],
  [
    'col-news',
    'org-zz-prod',
    '第一采区党支部“党员突击队”完成工作面搬家倒面',
    '突击队连续奋战七昼夜，提前两天完成任务。',
    '生产运营党总支',
  ],
  [
    'col-news',
    'org-zz-hq',
    '机关党总支举办“强党性、转作风、提效能”专题培训',
    '机关各支部党员干部八十余人参加培训。',
    '机关党总支',
  ],
  [
    'col-news',
    'org-b-office',
    '综合办公室党支部开展“我为群众办实事”走访活动',
    '支部党员深入一线班组，收集职工急难愁盼问题十二条。',
    '综合办公室党支部',
  ],
  [
    'col-news',
    'org-b-mine1',
    '第一采区党支部召开组织生活会',
    '支部班子和党员逐一开展批评与自我批评。',
    '第一采区党支部',
  ],
  [
    'col-open',
    'org-root',
    '集团党委2026年第三季度党费收缴使用情况公示',
    '按照党费管理规定，现将本季度党费收缴使用情况予以公示。',
    '党群工作部',
  ],
  [
    'col-open',
    'org-root',
    '关于2026年度发展党员计划的公示',
    '经各党支部推荐、党委研究，拟定本年度发展党员计划。',
    '组织部',
  ],
  [
    'col-open',
    'org-zz-prod',
    '生产运营党总支关于推荐优秀共产党员的公示',
    '经支部推荐、总支审核，现将推荐人选予以公示。',
    '生产运营党总支',
  ],
  [
    'col-open',
    'org-zz-hq',
    '机关党总支换届选举结果公示',
    '机关党总支按期完成换届，选举产生新一届委员会。',
    '机关党总支',
  ],
  [
    'col-open',
    'org-b-office',
    '综合办公室党支部关于接收预备党员的公示',
    '经支部委员会研究，拟接收一名同志为中共预备党员。',
    '综合办公室党支部',
  ],
  [
    'col-open',
    'org-b-finance',
    '财务党支部2026年度党员民主评议结果',
    '支部按程序完成民主评议，结果已报党总支备案。',
    '财务党支部',
  ],
  [
    'col-integrity',
    'org-root',
    '以案为鉴：违反中央八项规定精神典型问题通报',
    '集团纪委通报近期查处的三起典型问题，警示党员干部引以为戒。',
    '集团纪委',
  ],
  [
    'col-integrity',
    'org-root',
    '节日期间廉洁自律提醒',
    '严禁公款吃喝、违规收送礼品礼金，自觉抵制“四风”。',
    '集团纪委',
  ],
  [
    'col-integrity',
    'org-root',
    '《中国共产党纪律处分条例》学习要点',
    '梳理条例修订的重点内容，帮助党员准确把握纪律要求。',
    '集团纪委',
  ],
  [
    'col-integrity',
    'org-root',
    '家风建设：一封写给党员家属的廉洁家书',
    '以家庭助廉为抓手，共筑廉洁防线。',
    '集团纪委',
  ],
  [
    'col-integrity',
    'org-zz-prod',
    '生产运营党总支开展廉洁风险点排查',
    '围绕物资采购、外委工程等环节排查风险点二十三个。',
    '生产运营党总支',
  ],
  [
    'col-integrity',
    'org-zz-hq',
    '机关党总支组织参观廉政教育基地',
    '党员干部在警示教育中接受思想洗礼。',
    '机关党总支',
  ],
  [
    'col-integrity',
    'org-b-finance',
    '财务党支部开展“廉洁财务”主题党日',
    '围绕资金管理重点环节开展廉洁风险教育。',
    '财务党支部',
  ],
  [
    'col-pioneer',
    'org-root',
    '“最美矿工”王建国：扎根井下二十八年的党员技术骨干',
    '他带领班组攻克综采设备多项技术难题。',
    '党群工作部',
  ],
  [
    'col-pioneer',
    'org-root',
    '集团表彰2026年度优秀共产党员和先进基层党组织',
    '二十名优秀共产党员、五个先进基层党组织受到表彰。',
    '党群工作部',
  ],
  [
    'col-pioneer',
    'org-root',
    '党员先锋岗：调度室里的“千里眼”',
    '调度员李秀英坚守岗位，及时处置多起安全隐患。',
    '党群工作部',
  ],
  [
    'col-pioneer',
    'org-zz-prod',
    '机电运输党支部党员创新工作室获省级命名',
    '工作室三年来完成技术革新项目十七项。',
    '生产运营党总支',
  ],
  [
    'col-pioneer',
    'org-zz-prod',
    '安全监察党支部党员张志强：把隐患消灭在萌芽状态',
    '他累计排查整改隐患三百余项。',
    '生产运营党总支',
  ],
  [
    'col-pioneer',
    'org-zz-hq',
    '人力资源党支部党员志愿服务队走进社区',
    '为社区老人开展义诊、理发等志愿服务。',
    '机关党总支',
  ],
  [
    'col-pioneer',
    'org-b-mine2',
    '第二采区党支部党员示范岗月度之星',
    '本月评选出党员示范岗之星三名。',
    '第二采区党支部',
  ],
  [
    'col-pioneer',
    'org-b-office',
    '综合办公室党支部党员陈晓东：公文零差错的背后',
    '十年来经手公文上万件，从未出现差错。',
    '综合办公室党支部',
  ],
  [
    'col-notice',
    'org-root',
    '关于做好2026年度党员组织关系集中排查的通知',
    '请各党支部于本月底前完成排查并报送结果。',
    '组织部',
  ],
  [
    'col-notice',
    'org-root',
    '关于开展“学习强国”学习情况通报的通知',
    '对各支部党员学习积分情况进行通报。',
    '党群工作部',
  ],
  [
    'col-notice',
    'org-zz-prod',
    '生产运营党总支关于召开支部书记例会的通知',
    '请各支部书记按时参会，不得无故缺席。',
    '生产运营党总支',
  ],
  [
    'col-notice',
    'org-zz-hq',
    '机关党总支关于开展主题党日活动的通知',
    '各支部结合实际开展主题党日活动并报送简报。',
    '机关党总支',
  ],
  [
    'col-notice',
    'org-b-office',
    '综合办公室党支部关于缴纳第四季度党费的通知',
    '请支部党员于本月二十五日前足额缴纳党费。',
    '综合办公室党支部',
  ],
  [
    'col-notice',
    'org-b-mine1',
    '第一采区党支部关于开展“三会一课”的安排',
    '明确本季度支部党员大会、党小组会和党课安排。',
    '第一采区党支部',
  ],
  [
    'col-news',
    'org-root',
    '集团“一支部一品牌”创建工作取得阶段性成效',
    '首批十个支部党建品牌通过验收。',
    '党群工作部',
  ],
  [
    'col-news',
    'org-b-party',
    '党群工作部党支部开展青年党员读书分享会',
    '青年党员分享读书心得，交流学习体会。',
    '党群工作部党支部',
  ],
];

/** Pinned in the demo feed: one notice everyone must act on. */
const PINNED = new Set([32]);

const PARAGRAPHS = [
  '会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，把党的领导贯穿企业改革发展全过程。',
  '各级党组织要切实履行主体责任，把各项任务分解到支部、落实到党员，以高质量党建引领保障企业高质量发展。',
  '广大党员要立足岗位、亮明身份，在安全生产、提质增效、改革攻坚中当先锋、作表率。',
  '下一步，将持续跟踪落实情况，定期通报工作进展，确保各项部署落地见效。',
];

/**
 * The demo feed: the root's columns, forty published articles at every level (enterprise-wide,
 * 总支, branch), one of them pinned, and two notices already delivered to their recipients.
 */
export async function seedNews(target: SeedTarget, now: Date): Promise<void> {
  const random = seededRandom(20261122);
  const { orgs, members } = await demoRoster(now);
  const orgById = new Map(orgs.map((o) => [o._id, o]));

  const columns: NewsColumnDoc[] = COLUMNS.map(([_id, name, publishers], order) => ({
    _id,
    orgId: 'org-root',
    orgPath: '/org-root/',
    name,
    order,
    publishers,
    createdAt: now,
  }));
  const columnName = new Map(columns.map((c) => [c._id, c.name]));

  const articles = ARTICLES.map(([columnId, scopeId, title, summary, source], i) => {
    const publishedAt = dayjs(now)
      .subtract(i * 1.5 + random(), 'day')
      .subtract(Math.floor(random() * 600), 'minute')
      .toDate();
    const body = [
      `<p>${summary}</p>`,
      ...PARAGRAPHS.slice(0, 2 + (i % 3)).map((p) => `<p>${p}</p>`),
    ];
    if (i % 5 === 0) body.splice(1, 0, '<h3>工作要求</h3>');
    return articleDoc({
      _id: `art-${String(i + 1).padStart(3, '0')}`,
      title,
      summary,
      body: body.join(''),
      source,
      author: source,
      columnId,
      column: columnName.get(columnId)!,
      scope: orgById.get(scopeId)!,
      pinned: PINNED.has(i),
      publishedAt,
      editorName: source,
      readCount: 20 + Math.floor(random() * 180),
      shareOpenCount: Math.floor(random() * 12),
    });
  });

  await target.insertMany(COLLECTIONS.newsColumns.name, columns);
  await target.insertMany(COLLECTIONS.articles.name, articles);
  await seedNotices(target, orgs, members, random, now);
}

/**
 * The demo enterprise's organisations and roster, regenerated: seedDemo is deterministic, so a
 * second run into a capturing target yields the same ids and names the database holds.
 */
async function demoRoster(now: Date): Promise<{ orgs: OrganisationDoc[]; members: MemberDoc[] }> {
  const captured = new Map<string, object[]>();
  const keys = { data: Buffer.alloc(32), hash: Buffer.alloc(32) };
  await seedDemo({ insertMany: (c, docs) => captured.set(c, docs) }, keys, now);
  return {
    orgs: captured.get(COLLECTIONS.organisations.name) as OrganisationDoc[],
    members: captured.get(COLLECTIONS.members.name) as MemberDoc[],
  };
}

async function seedNotices(
  target: SeedTarget,
  orgs: OrganisationDoc[],
  members: MemberDoc[],
  random: () => number,
  now: Date,
): Promise<void> {
  const byOpenid = (openid: string) => members.find((m) => m.openid === openid)!;
  const plans = [
    {
      _id: 'notice-demo-1',
      sender: byOpenid(DEMO_OPENIDS.admin),
      org: orgs.find((o) => o._id === 'org-root')!,
      title: '关于开展2026年度民主评议党员工作的通知',
      body: '各党支部：根据《中国共产党党员教育管理工作条例》，集团党委决定开展2026年度民主评议党员工作。请各支部于12月20日前完成学习教育、自我评价、民主测评等环节，并将评议结果报党群工作部。',
      deadline: dayjs(now).add(20, 'day').format('YYYY-MM-DD'),
      daysAgo: 3,
    },
    {
      _id: 'notice-demo-2',
      sender: byOpenid(DEMO_OPENIDS.secretary),
      org: orgs.find((o) => o._id === 'org-b-office')!,
      title: '关于召开支部党员大会的通知',
      body: '全体党员：定于本周五下午3点在三楼会议室召开支部党员大会，传达学习上级会议精神并讨论接收预备党员事宜。请准时参加，因故不能参加的请提前向支部书记请假。',
      deadline: null,
      daysAgo: 1,
    },
  ];

  const notices: NoticeDoc[] = [];
  const inbox: NoticeInboxDoc[] = [];
  const unread = new Map<string, number>();
  for (const plan of plans) {
    const createdAt = dayjs(now).subtract(plan.daysAgo, 'day').toDate();
    const recipients = members.filter((m) => m.orgPath.startsWith(plan.org.path));
    let read = 0;
    for (const m of recipients) {
      // The demo identities keep theirs unread, so the message centre shows a badge.
      const isRead = m.openid === null && random() < 0.6;
      if (isRead) read++;
      else unread.set(m._id, (unread.get(m._id) ?? 0) + 1);
      inbox.push({
        _id: `${plan._id}:${m._id}`,
        noticeId: plan._id,
        memberId: m._id,
        memberName: m.name,
        title: plan.title,
        orgName: plan.org.name,
        deadline: plan.deadline,
        createdAt,
        inboxKey: `${createdAt.toISOString()}|${plan._id}`,
        read: isRead,
        readAt: isRead
          ? dayjs(createdAt)
              .add(Math.floor(random() * 600), 'minute')
              .toDate()
          : null,
        pushed: false,
      });
    }
    notices.push({
      _id: plan._id,
      title: plan.title,
      body: plan.body,
      attachments: [],
      deadline: plan.deadline,
      orgId: plan.org._id,
      orgPath: plan.org.path,
      orgName: plan.org.name,
      senderId: plan.sender._id,
      senderName: plan.sender.name,
      createdAt,
      recipients: recipients.length,
      pushed: 0,
      read,
      remindedOn: null,
    });
  }
  await target.insertMany(COLLECTIONS.notices.name, notices);
  await target.insertMany(COLLECTIONS.noticeInbox.name, inbox);
  await target.insertMany(
    COLLECTIONS.noticeUnread.name,
    [...unread].map(([_id, count]) => ({ _id, count })),
  );
}
