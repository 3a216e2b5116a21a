import type { ReactNode } from 'react';
import { Box, Button, FormHelperText, Typography } from '@material-ui/core';
import AddIcon from '@material-ui/icons/Add';

/** The list with one row changed: what every row editor's inputs call. */
export function withRowChanged<TRow>(
  rows: TRow[],
  index: number,
  change: Partial<TRow>,
): TRow[] {
  return rows.map((row, i) => (i === index ? { ...row, ...change } : row));
}

/**
 * The frame of an editable list of rows (a text map, secret references): a legend,
 * a caption saying what belongs there, the rows, the list's own messages and a
 * button that adds a row.
 */
export function RowsFieldset(props: {
  legend: string;
  caption: ReactNode;
  /** Messages about the list as a whole, not one of its rows. */
  listMessages: string[];
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <Box component="fieldset" border={0} padding={0} margin={0} marginTop={2}>
      <Typography component="legend" variant="subtitle2">
        {props.legend}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        {props.caption}
      </Typography>
      {props.children}
      {props.listMessages.length > 0 && (
        <FormHelperText error>{props.listMessages.join('; ')}</FormHelperText>
      )}
      <Button size="small" startIcon={<AddIcon />} onClick={props.onAdd}>
        {props.addLabel}
      </Button>
    </Box>
  );
}
