/**
 * Whether a new workspace waits for an Account Owner or Admin before it is provisioned:
 * when its stack template asks for approval, or when whoever requests it holds no
 * account role (developers, and services, which hold none). The backend decides with
 * it; forms use it to say beforehand that the request will wait.
 *
 * @public
 */
export function creationNeedsApproval(input: {
  templateRequiresApproval: boolean;
  requesterHasAccountRole: boolean;
}): boolean {
  return input.templateRequiresApproval || !input.requesterHasAccountRole;
}
