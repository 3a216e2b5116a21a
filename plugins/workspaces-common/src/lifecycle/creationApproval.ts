/**
 * Whether a new workspace waits for approval before it is provisioned: when its
 * stack template asks for approval, or when the permission policy does not let whoever
 * requests it skip approval (`workspaces.approval.skip`; the ready-made policy gives it
 * to Account Owners and Admins only). The backend decides with it; forms use it to say
 * beforehand that the request will wait.
 *
 * @public
 */
export function creationNeedsApproval(input: {
  templateRequiresApproval: boolean;
  requesterMaySkipApproval: boolean;
}): boolean {
  return input.templateRequiresApproval || !input.requesterMaySkipApproval;
}
