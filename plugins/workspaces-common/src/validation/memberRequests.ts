import { z } from 'zod';
import { memberRoles } from '../types/member';
import { entityRefSchema } from './entityRef';
import { strictRequestObject } from './requestObjects';

/**
 * A member role: admin, operator or viewer.
 *
 * @public
 */
export const memberRoleSchema = z.enum(memberRoles, {
  error: `Role must be one of ${memberRoles.join(', ')}`,
});

/**
 * The body of a request to add a user or group to a workspace.
 *
 * @public
 */
export const addMemberRequestSchema = strictRequestObject({
  ref: entityRefSchema,
  role: memberRoleSchema,
});

/**
 * An add-member request after validation; `ref` is canonical.
 *
 * @public
 */
export type AddMemberRequest = z.output<typeof addMemberRequestSchema>;

/**
 * The body of a request to change a member's role.
 *
 * @public
 */
export const changeMemberRoleRequestSchema = strictRequestObject({
  role: memberRoleSchema,
});

/**
 * A change-member-role request.
 *
 * @public
 */
export type ChangeMemberRoleRequest = z.output<
  typeof changeMemberRoleRequestSchema
>;
