import { Box, Typography, makeStyles } from '@material-ui/core';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { Workspace } from '@oqullus/plugin-workspaces-common';
import { StatusChip } from '../../shared';
import { ActiveJobProgress } from './ActiveJobProgress';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(3),
    margin: 0,
  },
  fact: { display: 'flex', alignItems: 'center', gap: theme.spacing(1) },
  term: { color: theme.palette.text.secondary },
  definition: { margin: 0 },
  description: { marginTop: theme.spacing(1.5), whiteSpace: 'pre-wrap' },
}));

/** Who and what the workspace is, and what it is doing right now. */
export function WorkspaceSummary(props: { workspace: Workspace }) {
  const { workspace } = props;
  const classes = useStyles();
  return (
    <Box>
      <dl className={classes.facts}>
        <div className={classes.fact}>
          <Typography component="dt" variant="body2" className={classes.term}>
            Status
          </Typography>
          <dd className={classes.definition}>
            <StatusChip
              status={workspace.status}
              approval={workspace.approval.state}
              size="medium"
            />
          </dd>
        </div>
        <div className={classes.fact}>
          <Typography component="dt" variant="body2" className={classes.term}>
            External ID
          </Typography>
          <Typography component="dd" className={classes.definition}>
            <code>{workspace.externalId}</code>
          </Typography>
        </div>
        <div className={classes.fact}>
          <Typography component="dt" variant="body2" className={classes.term}>
            Owner
          </Typography>
          <Typography component="dd" className={classes.definition}>
            <EntityRefLink entityRef={workspace.owner} />
          </Typography>
        </div>
      </dl>
      {workspace.description && (
        <Typography variant="body1" className={classes.description}>
          {workspace.description}
        </Typography>
      )}
      {workspace.activeJob && (
        <Box mt={2}>
          <ActiveJobProgress job={workspace.activeJob} />
        </Box>
      )}
    </Box>
  );
}
