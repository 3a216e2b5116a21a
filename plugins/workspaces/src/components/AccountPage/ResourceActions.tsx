import { Box, Button, Tooltip, Typography } from '@material-ui/core';
import type { AccountResource } from '@oqullus/plugin-workspaces-common';

/**
 * Check, Edit and Delete for one resource. Config-declared resources come
 * from app-config (GitOps), so they are changed there, not here.
 */
export function ResourceActions(props: {
  resource: AccountResource;
  checking: boolean;
  onCheck: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { resource, checking, onCheck, onEdit, onDelete } = props;
  const label = `${resource.title} (${resource.name})`;
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-start">
      <Button
        size="small"
        color="primary"
        onClick={onCheck}
        disabled={checking}
        aria-label={`Check ${label}`}
      >
        {checking ? 'Checking…' : 'Check'}
      </Button>
      {resource.origin === 'config' ? (
        <Tooltip title="Declared in app-config: change or remove it there, then redeploy">
          <Typography variant="caption" color="textSecondary">
            Edit in app-config
          </Typography>
        </Tooltip>
      ) : (
        <>
          <Button size="small" onClick={onEdit} aria-label={`Edit ${label}`}>
            Edit
          </Button>
          <Button
            size="small"
            onClick={onDelete}
            aria-label={`Delete ${label}`}
          >
            Delete
          </Button>
        </>
      )}
    </Box>
  );
}
