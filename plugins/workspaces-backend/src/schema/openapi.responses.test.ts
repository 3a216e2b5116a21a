import { workspaceEventTypes } from '@oqullus/plugin-workspaces-common';
import { workspacesOpenApiSpec as spec } from './openapi';
import { schemaErrors } from './__testUtils__/specValidator';
import * as samples from './__testUtils__/wireSamples';

// The response schemas must describe exactly the -common types, or generated
// clients and the validated router would disagree with the code.

describe('the response schemas', () => {
  it('compile, every one of them', () => {
    for (const name of Object.keys(spec.components.schemas)) {
      expect(() => schemaErrors(name, {})).not.toThrow();
    }
  });

  it('accept workspaces, with or without an active job', () => {
    const { activeJob, ...idle } = samples.sampleWorkspace;
    expect(schemaErrors('Workspace', samples.sampleWorkspace)).toEqual([]);
    expect(schemaErrors('Workspace', idle)).toEqual([]);
    expect(schemaErrors('Workspace', { ...idle, activeJob: null })).toEqual([]);
    expect(
      schemaErrors(
        'WorkspaceWithAllowedOperations',
        samples.sampleWorkspaceWithAllowedOperations,
      ),
    ).toEqual([]);
    expect(activeJob).toBeDefined();
  });

  it('accept a created or decided workspace with the job it queued, or null, and not without', () => {
    const { sampleWorkspaceWithQueuedJob: withJob } = samples;
    const { job, ...withoutJob } = withJob;
    expect(job).toEqual(samples.sampleJob);
    expect(schemaErrors('WorkspaceWithQueuedJob', withJob)).toEqual([]);
    expect(
      schemaErrors('WorkspaceWithQueuedJob', { ...withoutJob, job: null }),
    ).toEqual([]);
    expect(schemaErrors('WorkspaceWithQueuedJob', withoutJob)).not.toEqual([]);
    expect(
      schemaErrors('WorkspaceWithQueuedJob', {
        ...withoutJob,
        job: { id: 'job-1' },
      }),
    ).not.toEqual([]);
  });

  it('reject a workspace without its status or with a capitalised one', () => {
    const { status, ...withoutStatus } = samples.sampleWorkspace;
    expect(status).toBe('provisioning');
    expect(schemaErrors('Workspace', withoutStatus)).not.toEqual([]);
    expect(
      schemaErrors('Workspace', {
        ...samples.sampleWorkspace,
        status: 'Running',
      }),
    ).not.toEqual([]);
  });

  it('need every operation, and a reason for each refusal', () => {
    const { allowedOperations } = samples.sampleWorkspaceWithAllowedOperations;
    const { cancel, ...sixOperations } = allowedOperations;
    expect(cancel.allowed).toBe(false);
    expect(schemaErrors('AllowedOperations', sixOperations)).not.toEqual([]);
    expect(
      schemaErrors('OperationDecision', { allowed: false, code: 'busy' }),
    ).not.toEqual([]);
  });

  it('accept jobs, job pages and log pages', () => {
    expect(schemaErrors('Job', samples.sampleJob)).toEqual([]);
    expect(schemaErrors('JobAccepted', { job: samples.sampleJob })).toEqual([]);
    expect(schemaErrors('JobList', { items: [samples.sampleJob] })).toEqual([]);
    expect(
      schemaErrors('JobLogPage', {
        items: [
          {
            seq: 1,
            text: 'Apply complete!',
            createdAt: '2026-11-28T10:00:00Z',
          },
        ],
        nextCursor: '1',
      }),
    ).toEqual([]);
  });

  it('accept an event of every type, and only with the data of its type', () => {
    const covered = samples.sampleEvents.map(event => event.type);
    expect([...covered].sort()).toEqual([...workspaceEventTypes].sort());
    for (const event of samples.sampleEvents) {
      expect({
        type: event.type,
        errors: schemaErrors('WorkspaceEvent', event),
      }).toEqual({
        type: event.type,
        errors: [],
      });
    }
    const [, , , , statusChanged] = samples.sampleEvents;
    expect(
      schemaErrors('WorkspaceEvent', {
        ...statusChanged,
        data: { operation: 'provision' },
      }),
    ).not.toEqual([]);
    expect(
      schemaErrors('WorkspaceEvent', {
        ...statusChanged,
        type: 'status.exploded',
      }),
    ).not.toEqual([]);
    expect(
      schemaErrors('EventPage', {
        items: samples.sampleEvents,
        nextCursor: '17',
      }),
    ).toEqual([]);
  });

  it('accept every kind of account resource with the workspaces using it', () => {
    const resources = [
      samples.sampleStackTemplate,
      samples.sampleCloudCredential,
      samples.sampleStateStorage,
      samples.sampleNetwork,
    ];
    for (const resource of resources) {
      const withUsage = { ...resource, usedBy: samples.sampleUsedBy };
      expect({
        name: resource.name,
        errors: schemaErrors('AccountResourceWithUsage', withUsage),
      }).toEqual({
        name: resource.name,
        errors: [],
      });
    }
    expect(schemaErrors('AccountResourceList', { items: resources })).toEqual(
      [],
    );
    const { validation, ...unchecked } = samples.sampleNetwork;
    expect(validation.status).toBe('valid');
    expect(schemaErrors('AccountResource', unchecked)).not.toEqual([]);
  });

  it('accept a resource list, from states or from applies, and never with values', () => {
    const { sampleResources } = samples;
    expect(schemaErrors('WorkspaceResourceList', sampleResources)).toEqual([]);
    expect(
      schemaErrors('WorkspaceResourceList', {
        items: [],
        source: 'last-apply',
      }),
    ).toEqual([]);
    const [resource] = sampleResources.items;
    expect(
      schemaErrors('WorkspaceResource', {
        ...resource,
        attributes: { password: 'x' },
      }),
    ).not.toEqual([]);
    expect(
      schemaErrors('WorkspaceResourceList', {
        ...sampleResources,
        source: 'remote',
      }),
    ).not.toEqual([]);
  });
});
