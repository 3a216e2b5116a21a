import { Typography, makeStyles } from '@material-ui/core';
import {
  memberRoleLabels,
  memberRoles,
} from '@oqullus/plugin-workspaces-common';
import { memberRoleDescription } from './memberRoleDescriptions';

const useStyles = makeStyles(theme => ({
  list: {
    margin: theme.spacing(1, 0, 0),
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
  },
  term: { fontWeight: theme.typography.fontWeightMedium as number },
  definition: { margin: 0 },
}));

/** What each member role may do, beside the choice of role. */
export function MemberRolesHelp() {
  const classes = useStyles();
  return (
    <div>
      <Typography id="member-roles-help" variant="subtitle2" component="p">
        What each role may do
      </Typography>
      <dl className={classes.list} aria-labelledby="member-roles-help">
        {memberRoles.map(role => (
          <div key={role} style={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" className={classes.term}>
              {memberRoleLabels[role]}
            </Typography>
            <Typography
              component="dd"
              variant="body2"
              className={classes.definition}
            >
              {memberRoleDescription(role)}
            </Typography>
          </div>
        ))}
      </dl>
      <Typography variant="body2" color="textSecondary">
        Deleting the workspace and approving requests stay with Account Owners
        and Admins.
      </Typography>
    </div>
  );
}
