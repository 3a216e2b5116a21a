import { useMemo } from 'react';
import { Button, Typography, makeStyles } from '@material-ui/core';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { LogLines } from './LogLines';
import { stepTitle } from './stepTitle';
import type { LogSection } from './terraformLog';

/** Lines a section shows at first, and adds per "show earlier lines". */
export const LOG_LINES_PER_PAGE = 500;

const useStyles = makeStyles(theme => ({
  section: { marginBottom: theme.spacing(2) },
  heading: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    background: theme.palette.background.paper,
    padding: theme.spacing(0.5, 1),
    borderBottom: `1px solid ${theme.palette.divider}`,
    display: 'flex',
    alignItems: 'baseline',
    gap: theme.spacing(1),
  },
  counts: { color: theme.palette.text.primary, fontWeight: 400 },
  toggle: { textTransform: 'none', fontFamily: 'monospace' },
}));

function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * One step's lines under its name: Terraform's init folded into one line unless it
 * is opened (or went wrong), and the step's latest lines, with earlier ones a click
 * away, so a 10,000-line log renders a page, not every line.
 */
export function LogSectionView(props: {
  logId: string;
  section: LogSection;
  initOpen: boolean;
  onToggleInit: () => void;
  shown: number;
  onShowEarlier: () => void;
}) {
  const { logId, section, initOpen, shown } = props;
  const classes = useStyles();
  const headingId = `${logId}-section-${section.key}`;
  const initId = `${logId}-init-${section.key}`;
  // Chunks stored before steps were named have none.
  const title = section.step ? stepTitle(section.step) : 'Log';
  const hidden = Math.max(0, section.lines.length - shown);
  const visible = useMemo(
    () => section.lines.slice(hidden),
    [section.lines, hidden],
  );
  const errors =
    section.init.filter(line => line.level === 'error').length +
    section.lines.filter(line => line.level === 'error').length;

  return (
    <section aria-labelledby={headingId} className={classes.section}>
      <Typography
        variant="subtitle2"
        component="h5"
        id={headingId}
        className={classes.heading}
      >
        {title}
        <span className={classes.counts}>
          {plural(section.init.length + section.lines.length, 'line')}
          {errors > 0 ? `, ${plural(errors, 'error')}` : ''}
        </span>
      </Typography>
      {section.init.length > 0 && (
        <>
          <Button
            size="small"
            className={classes.toggle}
            aria-expanded={initOpen}
            aria-controls={initId}
            startIcon={initOpen ? <ExpandMoreIcon /> : <ChevronRightIcon />}
            onClick={props.onToggleInit}
          >
            Initialising ({plural(section.init.length, 'line')})
          </Button>
          <div id={initId} hidden={!initOpen}>
            {initOpen && <LogLines logId={logId} lines={section.init} />}
          </div>
        </>
      )}
      {hidden > 0 && (
        <Button size="small" onClick={props.onShowEarlier}>
          Show {Math.min(hidden, LOG_LINES_PER_PAGE).toLocaleString()} earlier
          lines of {title} ({plural(hidden, 'line')} hidden)
        </Button>
      )}
      <LogLines logId={logId} lines={visible} />
    </section>
  );
}
