import jpeg from 'jpeg-js';
import type {
  LetterDoc,
  LetterReply,
  MailboxStatsDoc,
  MemberDoc,
  OrganisationDoc,
} from '../typings/documents';
import {
  DISCIPLINE_TITLE,
  MAILBOX_LIMITS,
  type LetterCategory,
  type LetterKind,
  type LetterRating,
  type LetterStatus,
  type LetterTarget,
} from '../typings/policy/mailbox';
import { inChina } from '../cloudfunctions/_shared/clock';
import { boxOf, emptyStats, letterPhotoPath, statsIdsOf } from '../cloudfunctions/mailbox/keys';
import { categorise } from '../cloudfunctions/mailbox/rules/categorise';
import { DEFAULT_RULES } from '../cloudfunctions/mailbox/rules/default-rules';
import { addDays, daysBetween, isOverdue } from '../cloudfunctions/mailbox/rules/handling';
import { hashTicket, letterIdOf, ticketIndexOf, ticketOf } from '../cloudfunctions/mailbox/secret';
import { toFileId } from '../emulator/storage/cloud-path';
import { DEMO_OPENIDS, type SeedTarget } from './demo';
import type { RosterSource } from './points';
import type { SeedFiles } from './school';

/** Who wrote a demo letter: demo-member by name, another member of the branch, or nobody known. */
type Writer = 'demo-member' | 'colleague' | 'anonymous';

interface Plan {
  kind?: LetterKind;
  to?: LetterTarget;
  writer: Writer;
  /** Days before today it arrived. */
  ago: number;
  text: string;
  place?: string;
  /** The writer's own pick; otherwise the suggestion stands. */
  category?: LetterCategory;
  status: LetterStatus;
  photos?: number;
  /** The answer and the days after arrival it came. */
  answer?: [text: string, after: number];
  rating?: LetterRating;
  reopen?: string;
}

/**
 * The demo branch's inbox (demo-secretary's 综合办公室党支部): every category and status, named
 * and anonymous, answered and overdue, two 随手拍 reports, one letter to the 党委 above.
 */
const PLANS: Plan[] = [
  {
    writer: 'anonymous',
    ago: 1,
    text: '办公楼三楼东侧的消防通道最近一直堆着纸箱和旧桌椅，万一有情况根本过不去，希望尽快清理。',
    category: '问题反映',
    status: '未读',
    photos: 1,
  },
  {
    writer: 'demo-member',
    ago: 2,
    text: '建议支部把每月的学习资料提前两天发到群里，大家可以先看，开会时讨论会更充分。',
    status: '未读',
  },
  {
    writer: 'anonymous',
    ago: 12,
    text: '我家老人住院需要长期陪护，想申请调整一段时间的班次，不知道应该找谁、怎么办手续。',
    status: '未读',
  },
  {
    writer: 'colleague',
    ago: 4,
    text: '食堂晚餐的供应时间太早，加班的同事经常赶不上，能否延长半小时或者留一些饭菜？',
    status: '已读',
  },
  {
    writer: 'anonymous',
    ago: 6,
    text: '有人反映某项目的材料采购价格明显高于市场价，而且总是同一家供应商中标，请组织上核实。',
    category: '监督举报',
    status: '处理中',
  },
  {
    writer: 'demo-member',
    ago: 9,
    text: '支部活动室的投影仪灯泡坏了，上次主题党日只能挤在电脑前看视频，麻烦安排维修。',
    status: '已答复',
    answer: ['已联系行政部门更换灯泡，本周五前可以正常使用，谢谢提醒。', 2],
  },
  {
    writer: 'anonymous',
    ago: 15,
    text: '孩子今年上小学，离单位很远，接送困难，想问问单位有没有相关的帮扶政策。',
    status: '已办结',
    answer: ['工会有职工子女接送互助安排，已把联系人电话转给工会，他们会主动联系你。', 3],
    rating: '满意',
  },
  {
    writer: 'colleague',
    ago: 20,
    text: '希望把党员学习积分的排名按部门分开显示，全公司放在一起比较，小部门很难看到自己。',
    status: '已办结',
    answer: ['意见已经转给党群工作部，下个版本会增加按支部查看的排名。', 5],
    rating: '不满意',
    reopen: '两个月过去了还是只有全公司的排名，请再催一下。',
  },
  {
    writer: 'anonymous',
    ago: 3,
    text: '想反映一件其他的事情：单位门口的共享单车停放很乱，早上进门要绕很远。',
    category: '其他',
    status: '已读',
  },
  {
    kind: 'snap',
    writer: 'anonymous',
    ago: 1,
    text: '配电室门没锁，里面还堆了易燃物',
    place: '办公楼负一层配电室',
    status: '未读',
    photos: 2,
  },
  {
    kind: 'snap',
    writer: 'colleague',
    ago: 5,
    text: '北门护栏松动，下雨天很危险',
    place: '厂区北门',
    status: '已答复',
    photos: 1,
    answer: ['已安排后勤加固护栏，并在旁边放了警示牌。', 1],
  },
  {
    to: 'committee',
    writer: 'anonymous',
    ago: 7,
    text: '建议集团党委组织各支部书记交流一次谈心谈话的经验，很多新任书记不知道怎么开展。',
    status: '未读',
  },
];

/** A 240×160 warm gradient, encoded as the function stores photos (re-encoded JPEG). */
function demoPhoto(shade: number): Buffer {
  const width = 240;
  const height = 160;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = 150 + Math.round((x / width) * 90);
      data[i + 1] = 40 + Math.round((y / height) * 100) + shade * 20;
      data[i + 2] = 40;
      data[i + 3] = 255;
    }
  }
  return Buffer.from(jpeg.encode({ data, width, height }, 70).data);
}

/**
 * Letters in the demo branch's inbox written as mailbox.send, reply, rate and reopen write them:
 * keyed ids and tickets under the seed's MAILBOX_KEY, day-only times, photos at server paths,
 * and the counter documents tallied from the letters themselves.
 */
export async function seedMailbox(
  target: SeedTarget & RosterSource,
  mailboxKey: Buffer,
  now: Date,
  files?: SeedFiles,
): Promise<void> {
  const [branch] = target.find('organisations', { _id: 'org-b-office' }) as OrganisationDoc[];
  const [root] = target.find('organisations', { _id: 'org-root' }) as OrganisationDoc[];
  const roster = target.find('members', { orgId: branch._id }) as MemberDoc[];
  const member = roster.find((m) => m.openid === DEMO_OPENIDS.member)!;
  const secretary = roster.find((m) => m.openid === DEMO_OPENIDS.secretary)!;
  const colleague = roster.find((m) => m !== member && m !== secretary)!;
  const inspector = branch.committee.some((s) => s.title === DISCIPLINE_TITLE);
  const today = inChina(now).format('YYYY-MM-DD');

  const letters: LetterDoc[] = [];
  for (const [n, plan] of PLANS.entries()) {
    const kind = plan.kind ?? 'letter';
    const to = plan.to ?? 'branch';
    const org = to === 'committee' ? root : branch;
    const route = kind === 'snap' && inspector ? 'discipline' : 'managers';
    const writer =
      plan.writer === 'demo-member' ? member : plan.writer === 'colleague' ? colleague : null;
    const requestId = `demo-letter-${n + 1}`;
    const _id = letterIdOf(writer?.openid ?? `demo-writer-${n + 1}`, requestId, mailboxKey);
    const ticket = writer ? null : ticketOf(`demo-writer-${n + 1}`, requestId, mailboxKey);
    const day = addDays(today, -plan.ago);
    const suggestion = categorise(plan.text, DEFAULT_RULES);
    const replies: LetterReply[] = [];
    if (plan.answer) {
      const [text, after] = plan.answer;
      replies.push({
        from: 'recipient',
        name: secretary.name,
        text,
        photos: [],
        day: addDays(day, after),
      });
    }
    if (plan.reopen) {
      const back = addDays(day, plan.answer![1] + 1);
      replies.push({ from: 'writer', name: null, text: plan.reopen, photos: [], day: back });
      replies.push({
        from: 'recipient',
        name: secretary.name,
        text: '已再次督促党群工作部，排名按支部查看的功能本月上线。',
        photos: [],
        day: addDays(back, 2),
      });
    }
    const photos: string[] = [];
    for (let p = 0; p < (files ? (plan.photos ?? 0) : 0); p++) {
      const cloudPath = letterPhotoPath(_id);
      await files!.put(cloudPath, demoPhoto(p));
      photos.push(toFileId(cloudPath));
    }
    letters.push({
      _id,
      kind,
      to,
      orgId: org._id,
      orgPath: org.path,
      route,
      box: boxOf(org._id, route),
      category: plan.category ?? suggestion.category,
      suggested: suggestion.category,
      confidence: suggestion.confidence,
      status: plan.status,
      anonymous: writer === null,
      writerId: writer?._id ?? null,
      writerName: writer?.name ?? null,
      text: plan.text,
      place: plan.place ?? null,
      photos,
      day,
      sortKey: `${day}|${_id}`,
      deadline: addDays(day, MAILBOX_LIMITS.replyDays),
      overdue: isOverdue(
        { status: plan.status, deadline: addDays(day, MAILBOX_LIMITS.replyDays) },
        today,
      ),
      repliedDay: replies[0]?.day ?? null,
      replies,
      rating: plan.rating ?? null,
      reopened: plan.reopen !== undefined,
      ticketIndex: ticket ? ticketIndexOf(ticket, mailboxKey) : null,
      ticketHash: ticket ? await hashTicket(ticket) : null,
    });
  }
  await target.insertMany('mailbox_letters', letters);
  await target.insertMany('mailbox_stats', tally(letters));
}

/**
 * The counter documents as mailbox.send, reply and setStatus leave them for these letters (the
 * benches seed theirs the same way).
 */
export function tally(letters: LetterDoc[]): MailboxStatsDoc[] {
  const docs = new Map<string, MailboxStatsDoc>();
  for (const letter of letters) {
    for (const id of statsIdsOf(letter)) {
      const doc = docs.get(id) ?? emptyStats(id);
      doc.total += 1;
      doc.byCategory[letter.category] += 1;
      doc.byStatus[letter.status] += 1;
      if (letter.repliedDay) {
        doc.replied += 1;
        doc.replyDays += daysBetween(letter.day, letter.repliedDay);
      }
      if (letter.overdue) doc.overdue += 1;
      docs.set(id, doc);
    }
  }
  return [...docs.values()];
}
