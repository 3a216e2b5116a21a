import type { ReactNode } from 'react';
import { Paper, Typography, makeStyles } from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  section: { padding: theme.spacing(2, 3), marginBottom: theme.spacing(3) },
}));

/** One titled part of the form; h2 so headings follow the page's h1. */
export function FormSection(props: {
  title: string;
  subtitle?: string;
  children: ReactNode;
}) {
  const classes = useStyles();
  return (
    <Paper className={classes.section} component="section">
      <Typography variant="h6" component="h2">
        {props.title}
      </Typography>
      {props.subtitle && (
        <Typography variant="body2" color="textSecondary">
          {props.subtitle}
        </Typography>
      )}
      {props.children}
    </Paper>
  );
}
