import { memo } from 'react';
import { makeStyles } from '@material-ui/core';
import { logColours } from './logColours';
import type { LogLine } from './terraformLog';

const useStyles = makeStyles(theme => {
  const colours = logColours(theme);
  return {
    list: { margin: 0, padding: 0, listStyle: 'none' },
    line: {
      display: 'grid',
      gridTemplateColumns: '6ch 9ch 7ch minmax(0, 1fr)',
      columnGap: theme.spacing(1),
      padding: theme.spacing(0, 1),
      fontFamily: 'monospace',
      fontSize: 13,
      lineHeight: 1.5,
      '&:focus': { outline: `2px solid ${colours.target}`, outlineOffset: -2 },
    },
    number: {
      color: colours.subtle,
      textAlign: 'right',
      userSelect: 'none',
    },
    time: { color: colours.subtle },
    level: { fontWeight: 700 },
    // Terraform's messages carry their own line breaks; long addresses wrap anywhere.
    message: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
    error: {
      background: colours.error.background,
      color: colours.error.text,
      '& $message': { fontWeight: 600 },
    },
    warn: { background: colours.warn.background, color: colours.warn.text },
    info: {},
  };
});

const levelLabels = { error: 'Error', warn: 'Warning', info: '' } as const;

/** `12:14:13`, in the reader's time zone; the whole instant is in the tooltip. */
function clockTime(timestamp: string): string {
  const at = new Date(timestamp);
  return Number.isNaN(at.getTime())
    ? ''
    : at.toLocaleTimeString([], {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hour12: false,
      });
}

/** The DOM id of a log line, for "jump to first error". */
export function logLineId(logId: string, number: number): string {
  return `${logId}-line-${number}`;
}

/**
 * Lines as plain text: no link is made of anything (a resource address such as
 * `terraform_data.network` is not a host name).
 */
export const LogLines = memo(function LogLinesView(props: {
  logId: string;
  lines: LogLine[];
}) {
  const classes = useStyles();
  return (
    <ol className={classes.list}>
      {props.lines.map(line => (
        <li
          key={line.number}
          id={logLineId(props.logId, line.number)}
          // Focused by "jump to first error", never in the tab order.
          tabIndex={-1}
          className={`${classes.line} ${classes[line.level]}`}
          data-level={line.level}
        >
          <span className={classes.number}>{line.number}</span>
          {line.timestamp ? (
            <time
              className={classes.time}
              dateTime={line.timestamp}
              title={line.timestamp}
            >
              {clockTime(line.timestamp)}
            </time>
          ) : (
            <span />
          )}
          <span className={classes.level}>{levelLabels[line.level]}</span>
          <span className={classes.message}>{line.message}</span>
        </li>
      ))}
    </ol>
  );
});
