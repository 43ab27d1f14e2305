import type { ActivityDoc, AttendanceDoc, MemberDoc } from '../../typings/documents';
import type {
  ActivitySummary,
  ActivityView,
  AttendanceRow,
} from '../../typings/functions/activity';
import { keepsRecord } from './access';
import { recordIssues, resolutionOutcomes } from './rules/record-issues';

export const toSummary = (doc: ActivityDoc): ActivitySummary => ({
  _id: doc._id,
  orgName: doc.orgName,
  type: doc.type,
  topic: doc.topic,
  startsAt: new Date(doc.startsAt).toISOString(),
  endsAt: new Date(doc.endsAt).toISOString(),
  place: doc.place,
  hostName: doc.hostName,
  status: doc.status,
});

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null);

/** Every due member with what became of them, then those who came without being due (列席). */
function rows(doc: ActivityDoc, marked: AttendanceDoc[]): AttendanceRow[] {
  const byId = new Map(marked.map((a) => [a.memberId, a]));
  const row = (memberId: string, name: string, voting: boolean): AttendanceRow => {
    const a = byId.get(memberId);
    return {
      memberId,
      name,
      voting,
      state: a?.state ?? null,
      reason: a?.reason ?? null,
      via: a?.via ?? null,
      studiedAt: iso(a?.studiedAt ?? null),
    };
  };
  const due = new Set(doc.due.map((d) => d.memberId));
  return [
    ...doc.due.map((d) => row(d.memberId, d.name, d.voting)),
    ...marked.filter((a) => !due.has(a.memberId)).map((a) => row(a.memberId, a.name, false)),
  ];
}

/** The activity as a page shows it; the minutes prefilled from the plan until written. */
export function toView(
  doc: ActivityDoc,
  marked: AttendanceDoc[],
  viewer: MemberDoc,
  mediaUrl: (fileID: string) => string | undefined,
): ActivityView {
  const attendance = rows(doc, marked);
  const presentIds = marked.filter((a) => a.state === 'present').map((a) => a.memberId);
  const record = doc.record ?? {
    agenda: doc.topic,
    content: '',
    resolutions: [],
    grades: [],
    guests: [],
  };
  const facts = { type: doc.type, due: doc.due, presentIds, ...record };
  const outcomes = resolutionOutcomes(facts);
  const keeper = keepsRecord(viewer, doc);
  const own = marked.find((a) => a.memberId === viewer._id);
  const locked = doc.status === 'confirmed';
  const confirmer = viewer._id === doc.hostId || viewer._id === doc.recorderId;
  return {
    ...toSummary(doc),
    orgId: doc.orgId,
    hostId: doc.hostId,
    recorderId: doc.recorderId,
    recorderName: doc.recorderName,
    dueGroup: doc.dueGroup,
    materials: doc.materials,
    attendance,
    present: presentIds.length,
    agenda: record.agenda,
    content: record.content,
    resolutions: record.resolutions.map((r, i) => ({ ...r, passed: outcomes[i] })),
    grades: record.grades,
    guests: record.guests,
    media: doc.media.map((m) => ({ ...m, url: mediaUrl(m.fileID) ?? null })),
    confirmedBy: doc.confirmedBy,
    confirmedAt: iso(doc.confirmedAt),
    amendments: doc.amendments.map((a) => ({ at: iso(a.at)!, byName: a.byName, text: a.text })),
    issues: recordIssues(facts),
    can: {
      record: keeper && !locked,
      confirm: confirmer && !locked && doc.record !== null && !doc.confirmedBy.includes(viewer._id),
      amend: keeper && locked,
      signInCode: keeper && !locked,
    },
    mine: own?.state ?? null,
    myStudiedAt: iso(own?.studiedAt ?? null),
  };
}
