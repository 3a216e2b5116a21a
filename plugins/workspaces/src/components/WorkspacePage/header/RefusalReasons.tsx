import { Box, Typography } from '@material-ui/core';
import {
  type AllowedOperations,
  type WorkspaceOperation,
} from '@oqullus/plugin-workspaces-common';
import { refusalReasonId } from './OperationButton';

/**
 * Why each shown operation is unavailable, as visible text: a tooltip on a
 * disabled button cannot be reached by keyboard or touch.
 */
export function RefusalReasons(props: {
  workspaceId: string;
  operations: readonly WorkspaceOperation[];
  allowedOperations: AllowedOperations;
}) {
  const { workspaceId, operations, allowedOperations } = props;
  const refused = operations.flatMap(operation => {
    const decision = allowedOperations[operation];
    return decision.allowed ? [] : [{ operation, reason: decision.reason }];
  });
  if (refused.length === 0) {
    return null;
  }
  const captionId = `refusals-${workspaceId}`;
  return (
    <Box mt={2}>
      <Typography id={captionId} variant="subtitle2" component="p">
        Why some actions are unavailable
      </Typography>
      <Box component="ul" aria-labelledby={captionId} m={0} pl={3}>
        {refused.map(({ operation, reason }) => (
          <Typography
            component="li"
            variant="body2"
            key={operation}
            id={refusalReasonId(workspaceId, operation)}
          >
            {reason}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
