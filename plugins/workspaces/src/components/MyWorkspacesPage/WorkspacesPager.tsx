import { Box, Button, Typography } from '@material-ui/core';

/** Previous/next over the API's cursors; there is no total, so no page count. */
export function WorkspacesPager(props: {
  pageNumber: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <Box
      display="flex"
      alignItems="center"
      justifyContent="flex-end"
      mt={1}
      style={{ gap: 8 }}
    >
      <Typography variant="body2" aria-live="polite">
        Page {props.pageNumber}
      </Typography>
      <Button
        size="small"
        disabled={!props.hasPreviousPage}
        onClick={props.onPrevious}
      >
        Previous page
      </Button>
      <Button size="small" disabled={!props.hasNextPage} onClick={props.onNext}>
        Next page
      </Button>
    </Box>
  );
}
