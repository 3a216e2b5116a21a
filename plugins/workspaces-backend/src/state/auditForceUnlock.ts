import type { AuditorService } from '@backstage/backend-plugin-api';
import type { ForceUnlockAuditEvent } from './forceUnlockState';

/** Records a force-unlock with the auditor, the same way from Terraform or the portal. */
export function auditForceUnlock(auditor: AuditorService) {
  return async (event: ForceUnlockAuditEvent): Promise<void> => {
    const audit = await auditor.createEvent({
      eventId: 'state-force-unlock',
      severityLevel: 'high',
      meta: { ...event },
    });
    await audit.success();
  };
}
