import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { exampleOrg } from './exampleOrg';

const groupsByUser = new Map<string, readonly string[]>(
  Object.values(exampleOrg).map(person => [person.ref, person.groups]),
);

/**
 * userInfo for the test backend: the example org's group memberships, which in a portal
 * come from the catalog. Every plugin of the test backend (ours and the permission
 * backend) sees the same answer.
 *
 * @public
 */
export const exampleOrgUserInfoFactory = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials) {
      const principal = credentials.principal as {
        type: string;
        userEntityRef?: string;
      };
      if (principal.type !== 'user' || !principal.userEntityRef) {
        throw new Error('userInfo is only for user credentials');
      }
      const ref = principal.userEntityRef;
      return {
        userEntityRef: ref,
        ownershipEntityRefs: [ref, ...(groupsByUser.get(ref) ?? [])],
      };
    },
  }),
});
