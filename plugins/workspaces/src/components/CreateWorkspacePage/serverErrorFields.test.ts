import { ResponseError } from '@backstage/errors';
import { placeServerError } from './serverErrorFields';

async function responseError(status: number, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'InputError', message },
        request: { method: 'POST', url: '/api/workspaces/workspaces' },
        response: { statusCode: status },
      }),
      {
        status,
        statusText: status === 409 ? 'Conflict' : 'Bad Request',
        headers: { 'Content-Type': 'application/json' },
      },
    ) as any,
  );
}

const shown = new Set(['name', 'externalId', 'parameters.region']);

describe('placeServerError', () => {
  it('places "field: message" sentences next to their fields', async () => {
    const error = await responseError(
      400,
      'name: Workspace name must be at least 3 characters (got 2); parameters.region: must be equal to one of the allowed values (eu-west-1, us-east-1)',
    );
    expect(placeServerError(error, shown)).toEqual({
      fields: {
        name: 'Workspace name must be at least 3 characters (got 2)',
        'parameters.region':
          'must be equal to one of the allowed values (eu-west-1, us-east-1)',
      },
      general: undefined,
    });
  });

  it('recognizes a conflict on the external ID by its words', async () => {
    const message =
      "External workspace ID 'taken' is already used by another workspace; choose another or let one be generated";
    const error = await responseError(409, message);
    expect(placeServerError(error, shown)).toEqual({
      fields: { externalId: message },
      general: undefined,
    });
  });

  it('keeps what names no field on the form for above the submit button', async () => {
    const error = await responseError(
      400,
      "provisioning.cloudCredential: no cloud credential named 'gone' is registered",
    );
    expect(placeServerError(error, shown)).toEqual({
      fields: {},
      general:
        "provisioning.cloudCredential: no cloud credential named 'gone' is registered",
    });
    expect(placeServerError(new Error('Failed to fetch'), shown)).toEqual({
      fields: {},
      general: 'Failed to fetch',
    });
  });
});
