import type { ReactNode } from 'react';
import { Typography, makeStyles } from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  root: {
    padding: theme.spacing(1.5, 2),
    borderLeft: `4px solid ${theme.palette.warning.dark}`,
    backgroundColor: theme.palette.background.paper,
  },
}));

/**
 * The frame of a panel that asks for a recovery step (a kept state to push, a lock to
 * release): a warning edge, a heading, one sentence on what it means and who acts, and
 * the items, each with its action.
 */
export function RecoveryPanel(props: {
  /** Names the heading's id (`${name}-title`) and the test id. */
  name: string;
  title: ReactNode;
  intro: string;
  children: ReactNode;
}) {
  const { name, title, intro, children } = props;
  const classes = useStyles();
  return (
    <section
      className={classes.root}
      aria-labelledby={`${name}-title`}
      data-testid={name}
    >
      <Typography variant="subtitle2" component="h2" id={`${name}-title`}>
        {title}
      </Typography>
      <Typography variant="body2">{intro}</Typography>
      {children}
    </section>
  );
}
