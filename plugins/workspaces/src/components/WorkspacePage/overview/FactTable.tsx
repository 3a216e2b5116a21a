import type { ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
  makeStyles,
} from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  label: {
    width: '40%',
    color: theme.palette.text.secondary,
    fontWeight: theme.typography.fontWeightMedium as number,
    verticalAlign: 'top',
  },
  value: { wordBreak: 'break-word' },
}));

/** One labelled value; give a `key` when the label is not unique text. */
export type Fact = { key?: string; label: ReactNode; value: ReactNode };

/** Label/value rows with row headers, so screen readers announce which value is which. */
export function FactTable(props: {
  facts: Fact[];
  ariaLabel: string;
  emptyText?: string;
}) {
  const classes = useStyles();
  if (props.facts.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {props.emptyText ?? 'Nothing to show.'}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={props.ariaLabel}>
      <TableBody>
        {props.facts.map(fact => (
          <TableRow key={fact.key ?? String(fact.label)}>
            <TableCell
              component="th"
              scope="row"
              role="rowheader"
              className={classes.label}
            >
              {fact.label}
            </TableCell>
            <TableCell className={classes.value}>{fact.value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** A template input or output value as text; objects and lists as JSON. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  return JSON.stringify(value);
}
