import type { paths } from '../generated/openapi';

// Types that read one operation of the OpenAPI spec (the generated `paths`), so
// that the client's path, parameters, body and response are checked against it.

/** A path template of the spec, such as `/workspaces/{id}`. */
export type SpecPath = keyof paths;

type HttpMethod = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** The methods the spec defines on a path (the others are `never` there). */
export type SpecMethod<TPath extends SpecPath> = {
  [TMethod in HttpMethod]-?: [NonNullable<paths[TPath][TMethod]>] extends [
    never,
  ]
    ? never
    : TMethod;
}[HttpMethod];

type Operation<
  TPath extends SpecPath,
  TMethod extends SpecMethod<TPath>,
> = NonNullable<paths[TPath][TMethod]>;

type JsonContent<TPart> = TPart extends {
  content: { 'application/json': infer TBody };
}
  ? TBody
  : never;

type SuccessStatus = 200 | 201 | 202 | 204;

/** The body of the operation's success responses; `void` for 204 No Content. */
export type SpecResponse<
  TPath extends SpecPath,
  TMethod extends SpecMethod<TPath>,
> = {
  [TStatus in keyof Operation<
    TPath,
    TMethod
  >['responses']]: TStatus extends SuccessStatus
    ? [JsonContent<Operation<TPath, TMethod>['responses'][TStatus]>] extends [
        never,
      ]
      ? void
      : JsonContent<Operation<TPath, TMethod>['responses'][TStatus]>
    : never;
}[keyof Operation<TPath, TMethod>['responses']];

type Parameters<
  TPath extends SpecPath,
  TMethod extends SpecMethod<TPath>,
> = Operation<TPath, TMethod>['parameters'];

type RequestBody<
  TPath extends SpecPath,
  TMethod extends SpecMethod<TPath>,
> = JsonContent<Operation<TPath, TMethod>['requestBody']>;

/**
 * What one request of an operation sends: the path parameters when its path has
 * any, the body when it takes one, its query and header parameters.
 */
export type SpecRequest<
  TPath extends SpecPath,
  TMethod extends SpecMethod<TPath>,
> = (undefined extends Parameters<TPath, TMethod>['path']
  ? { path?: undefined }
  : { path: Parameters<TPath, TMethod>['path'] }) &
  ([RequestBody<TPath, TMethod>] extends [never]
    ? { body?: undefined }
    : { body: RequestBody<TPath, TMethod> }) & {
    query?: Parameters<TPath, TMethod>['query'];
    header?: Parameters<TPath, TMethod>['header'];
  };
