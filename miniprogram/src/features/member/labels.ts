import type { AuditEntry, MemberStatus } from '../../../../typings';

export const statusLabel = (status: MemberStatus) => `${status}党员`;

export const auditActionLabel: Record<AuditEntry['action'], string> = {
  reveal: '查看完整信息',
  export_unmasked: '导出完整信息',
  id_number_refused: '录入重复的身份证号码被拒',
  id_number_duplicate: '录入的身份证号码与其他党员重复，待核实',
};
