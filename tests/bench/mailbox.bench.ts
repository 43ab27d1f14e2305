/**
 * The secretary mailbox at enterprise scale: `npm run bench -- mailbox` (after
 * `npm run build:functions`). Seeds 1M letters across 3,000 branches (about 333 a mailbox) with
 * their maintained counters through the direct API, then times through the gateway: an inbox
 * page (target ≤3 operations and ≤4× the floor), a letter opened (first open marks it read;
 * again), and a named send (target ≤5 operations, no photos). The floor is member.me, a warm
 * function whose action is one indexed read, measured in the same run.
 */
import type { LetterDoc } from '../../typings/documents';
import { LETTER_CATEGORIES, LETTER_STATUSES, MAILBOX_LIMITS } from '../../typings/policy/mailbox';
import { COLLECTIONS } from '../../cloudfunctions/_shared/collections';
import { boxOf } from '../../cloudfunctions/mailbox/keys';
import { addDays, isOverdue } from '../../cloudfunctions/mailbox/rules/handling';
import { tally } from '../../seed/mailbox';
import { seededRandom } from '../../cloudfunctions/_shared/seeded-random';
import { enterprise } from './enterprise';
import { benchCloud, callFn, report, settleAfterSeed, timed } from './support';

const ZONGZHI = 60;
const BRANCHES_PER_ZONGZHI = 50;
const MEMBERS = 30_000;
const LETTERS = 1_000_000;
const BATCH = 250_000;
const TODAY = '2026-12-06';
const random = seededRandom(1414);

function letter(i: number, branch: { _id: string; path: string }): LetterDoc {
  const day = addDays(TODAY, -1 - Math.floor(random() * 365));
  const anonymous = random() < 0.4;
  const _id = `bl${String(i).padStart(7, '0')}`;
  const status = LETTER_STATUSES[Math.floor(random() * LETTER_STATUSES.length)];
  const answered = status === '已答复' || status === '已办结';
  const repliedDay = answered ? addDays(day, 2) : null;
  const deadline = addDays(day, MAILBOX_LIMITS.replyDays);
  return {
    _id,
    kind: 'letter',
    to: 'branch',
    orgId: branch._id,
    orgPath: branch.path,
    route: 'managers',
    box: boxOf(branch._id, 'managers'),
    category: LETTER_CATEGORIES[Math.floor(random() * LETTER_CATEGORIES.length)],
    suggested: '其他',
    confidence: 0.5,
    status,
    anonymous,
    writerId: anonymous ? null : `bm${String((i * 31) % MEMBERS).padStart(6, '0')}`,
    writerName: anonymous ? null : '党员',
    text: `第${i}封来信：车间的排风扇坏了一个多月，反映过几次还没修，希望尽快安排维修。`,
    place: null,
    photos: [],
    day,
    sortKey: `${day}|${_id}`,
    deadline,
    overdue: isOverdue({ status, deadline }, TODAY),
    repliedDay,
    replies: repliedDay
      ? [{ from: 'recipient', name: '书记', text: '已安排维修。', photos: [], day: repliedDay }]
      : [],
    rating: null,
    reopened: false,
    ticketIndex: null,
    ticketHash: null,
  };
}

async function main() {
  const cloud = await benchCloud();
  const started = Date.now();
  const { root, zongzhi, branches, members } = enterprise(ZONGZHI, BRANCHES_PER_ZONGZHI, MEMBERS);
  cloud.db.insertMany(COLLECTIONS.organisations.name, [root, ...zongzhi, ...branches]);
  cloud.db.insertMany(COLLECTIONS.members.name, members);
  const unread: LetterDoc[] = [];
  const counted = new Map<string, ReturnType<typeof tally>[number]>();
  for (let i = 0; i < LETTERS; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, LETTERS - i) }, (_, k) =>
      letter(i + k, branches[(i + k) % branches.length]),
    );
    cloud.db.insertMany(COLLECTIONS.mailboxLetters.name, batch);
    // Branch 0 has no secretary: member 0 administers the 党委 (tests/bench/enterprise.ts).
    for (const l of batch)
      if (l.status === '未读' && l.orgId !== branches[0]._id && unread.length < 1000)
        unread.push(l);
    for (const doc of tally(batch)) {
      const sum = counted.get(doc._id);
      if (!sum) {
        counted.set(doc._id, doc);
        continue;
      }
      sum.total += doc.total;
      sum.replied += doc.replied;
      sum.replyDays += doc.replyDays;
      sum.overdue += doc.overdue;
      for (const c of LETTER_CATEGORIES) sum.byCategory[c] += doc.byCategory[c];
      for (const s of LETTER_STATUSES) sum.byStatus[s] += doc.byStatus[s];
    }
  }
  cloud.db.insertMany(COLLECTIONS.mailboxStats.name, [...counted.values()]);
  console.log(
    `seeded ${branches.length} branches, ${MEMBERS} members, ${LETTERS} letters in ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  await settleAfterSeed();

  // Member b (b < 3,000) is the secretary of branch b; the rest write.
  const secretaryOf = (l: LetterDoc) => `bench-${branches.findIndex((b) => b._id === l.orgId)}`;
  const floor = await timed(200, (i) => callFn(cloud, `bench-${3000 + i}`, 'member', 'me', {}));
  report('floor: member.me (one indexed read)', floor);
  const inbox = await timed(200, (i) => callFn(cloud, `bench-${i * 13}`, 'mailbox', 'inbox', {}));
  report('mailbox.inbox, first page', inbox);
  report(
    'mailbox.inbox, 未读 and one category',
    await timed(200, (i) =>
      callFn(cloud, `bench-${i * 13}`, 'mailbox', 'inbox', {
        status: '未读',
        category: '问题反映',
      }),
    ),
  );
  const firstOpen = await timed(
    400,
    (i) => callFn(cloud, secretaryOf(unread[i]), 'mailbox', 'open', { letterId: unread[i]._id }),
    100,
  );
  report('mailbox.open, first open (marks read)', firstOpen);
  report(
    'mailbox.open, again',
    await timed(200, (i) =>
      callFn(cloud, secretaryOf(unread[i]), 'mailbox', 'open', { letterId: unread[i]._id }),
    ),
  );
  const send = await timed(
    300,
    (i) =>
      callFn(cloud, `bench-${3000 + i}`, 'mailbox', 'send', {
        to: 'branch',
        text: '食堂晚餐的供应时间太早，加班的同事经常赶不上，建议延长半小时。',
        anonymous: false,
      }),
    50,
  );
  report('mailbox.send, named, no photos', send);
  const ratio = (t: { median: number }) => (t.median / floor.median).toFixed(2);
  console.log(`inbox / floor: ${ratio(inbox)}× (target ≤4×, ≤3 operations)`);
  console.log(`open / floor: ${ratio(firstOpen)}×`);
  console.log(`send / floor: ${ratio(send)}× (target ≤5 operations)`);
  await cloud.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
