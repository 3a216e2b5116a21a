import type {
  AuditorService,
  AuditorServiceEventSeverityLevel,
} from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';
import type { AnyApiRequest } from './RouterDeps';

/**
 * Runs a write and records it with the auditor: who (from the request), what, on
 * which workspace or resource, and whether it succeeded. Request bodies are not
 * recorded: ids and field names say enough and nothing secret can slip in.
 */
export async function audited<T>(
  auditor: AuditorService,
  request: AnyApiRequest,
  event: {
    eventId: string;
    meta: JsonObject;
    severityLevel?: AuditorServiceEventSeverityLevel;
  },
  work: () => Promise<T>,
  resultMeta?: (result: T) => JsonObject,
): Promise<T> {
  const auditorEvent = await auditor.createEvent({
    eventId: event.eventId,
    severityLevel: event.severityLevel ?? 'medium',
    request,
    meta: event.meta,
  });
  try {
    const result = await work();
    await auditorEvent.success({ meta: resultMeta?.(result) });
    return result;
  } catch (error) {
    await auditorEvent.fail({ error: error as Error });
    throw error;
  }
}
