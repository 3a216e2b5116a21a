import { EmptyState, LinkButton } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import WorkOutlineIcon from '@material-ui/icons/WorkOutline';

/**
 * The first visit: says what a workspace is before asking to create one,
 * because the word alone does not tell a newcomer.
 */
export function NoWorkspacesYet(props: {
  createLink?: string;
  /** The All view is there: a team lead finds their team's workspaces in it. */
  offersAll?: boolean;
}) {
  return (
    <EmptyState
      missing={{
        customImage: (
          <WorkOutlineIcon
            color="disabled"
            style={{ fontSize: 160 }}
            aria-hidden="true"
          />
        ),
      }}
      title="You have no workspaces yet"
      description={
        <>
          <Typography
            variant="body1"
            component="span"
            display="block"
            paragraph
          >
            A workspace is an isolated environment of the data platform. It has
            its own cloud infrastructure, built by Terraform from a stack
            template, its own apps, and its own members.
          </Typography>
          <Typography variant="body1" component="span" display="block">
            {props.createLink
              ? 'Create one to get started, or ask a colleague to add you to theirs.'
              : 'Ask a colleague to add you to their workspace, or ask an admin for the right to create one.'}
            {props.offersAll &&
              " All workspaces shows the ones you may look at, such as your team's if you lead it."}
          </Typography>
        </>
      }
      action={
        props.createLink ? (
          <LinkButton to={props.createLink} variant="contained" color="primary">
            Create workspace
          </LinkButton>
        ) : undefined
      }
    />
  );
}
