import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { z } from 'zod';
import { typeErrorMessage } from './requestObjects';

const catalogRules = makeValidator();
const MEMBER_KINDS = ['user', 'group'];
// Far above any real ref (kind, namespace and name are each at most 63
// characters), it only keeps echoed input out of messages from growing.
const MAX_REF_LENGTH = 255;
const EXAMPLES = 'user:default/jane or group:default/platform-team';

/**
 * A `user:` or `group:` entity ref, for workspace owners and members.
 * Parsed into its canonical form (`user:default/jane`), so refs compare
 * equal however they were written.
 *
 * @public
 */
export const entityRefSchema = z
  .string({ error: typeErrorMessage('text') })
  .trim()
  .min(1, `Required: a user or group reference such as ${EXAMPLES}`)
  .max(MAX_REF_LENGTH, `Must be at most ${MAX_REF_LENGTH} characters`)
  .transform((ref, context) => {
    let parsed: ReturnType<typeof parseEntityRef>;
    try {
      parsed = parseEntityRef(ref);
    } catch {
      context.issues.push({
        code: 'custom',
        input: ref,
        message: `"${ref}" is not an entity reference; write it like ${EXAMPLES}`,
      });
      return z.NEVER;
    }
    if (!MEMBER_KINDS.includes(parsed.kind.toLocaleLowerCase('en-US'))) {
      context.issues.push({
        code: 'custom',
        input: ref,
        message: `"${ref}" refers to a ${parsed.kind}; only a user or a group can own or join a workspace, such as ${EXAMPLES}`,
      });
      return z.NEVER;
    }
    if (
      !catalogRules.isValidNamespace(parsed.namespace) ||
      !catalogRules.isValidEntityName(parsed.name)
    ) {
      context.issues.push({
        code: 'custom',
        input: ref,
        message: `"${ref}" is not a valid entity reference: namespace and name may only hold letters, digits, "-", "_" and "."`,
      });
      return z.NEVER;
    }
    return stringifyEntityRef(parsed);
  });
